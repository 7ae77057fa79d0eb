/** A searchable country/region picker, with the markets CX Dojo's shops sell in listed first. */
import { Select, type SelectProps } from '@mantine/core';
import { getCountries } from 'libphonenumber-js/min';

const FIRST = ['MY', 'ID', 'PH', 'VN', 'TH', 'SG', 'NG', 'KE', 'GH', 'ZA'];

function regionOptions() {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const label = (code: string) => `${names.of(code) ?? code} (${code})`;
  const rest = getCountries()
    .filter((c) => !FIRST.includes(c))
    .map((c) => ({ value: c, label: label(c) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return [
    { group: 'Common', items: FIRST.map((c) => ({ value: c, label: label(c) })) },
    { group: 'All countries and regions', items: rest },
  ];
}

const options = regionOptions();

export function RegionSelect(props: Omit<SelectProps, 'data'>) {
  return <Select searchable data={options} nothingFoundMessage="No country or region by that name" {...props} />;
}
