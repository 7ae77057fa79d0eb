/** Add a person, or edit one: name, role, active, and a new PIN. */
import { useEffect, useState, type FormEvent } from 'react';
import { Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import type { PersonView } from '../../../../shared/domain/people';
import type { Role } from '../../../../shared/contract/operation';
import { api } from '../../api/client';
import { FormFooter } from '../../components/form-footer';
import { PinField } from '../../components/pin-input-field';
import { useSubmit } from '../../components/use-submit';

const ROLE_OPTIONS = [
  { value: 'employee', label: 'Employee — trains and reads the playbook' },
  { value: 'manager', label: 'Manager — assigns, reviews and coaches' },
  { value: 'leader', label: 'Leader — writes the playbook and scenarios' },
];

interface Props {
  opened: boolean;
  person: PersonView | null;
  canMakeLeaders: boolean;
  onClose: () => void;
  onSaved: (person: PersonView) => void;
}

export function PersonFormModal({ opened, person, canMakeLeaders, onClose, onSaved }: Props) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('employee');
  const [active, setActive] = useState(true);
  const [pin, setPin] = useState('');
  const { busy, error, fieldErrors, run, setError } = useSubmit();

  useEffect(() => {
    if (!opened) return;
    setName(person?.name ?? '');
    setRole(person?.role ?? 'employee');
    setActive(person?.active ?? true);
    setPin('');
    setError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, person]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await run(() =>
      person ? api.updatePerson({ id: person.id, name, role, active, ...(pin ? { pin } : {}) }) : api.addPerson({ name, role, pin }),
    );
    if (saved) onSaved(saved);
  }

  const roles = ROLE_OPTIONS.filter((o) => canMakeLeaders || o.value !== 'leader' || person?.role === 'leader');
  return (
    <Modal opened={opened} onClose={onClose} title={person ? `Edit ${person.name}` : 'Add a person'} centered>
      <form onSubmit={submit}>
        <Stack>
          <TextInput label="Name" required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldErrors.name} />
          <Select label="Role" data={roles} value={role} onChange={(v) => v && setRole(v as Role)} allowDeselect={false} />
          {person && (
            <Switch
              label="Active — can sign in"
              description="Deactivated people keep their history but cannot sign in."
              checked={active}
              onChange={(e) => setActive(e.currentTarget.checked)}
            />
          )}
          <PinField
            label={person ? 'New PIN (leave empty to keep)' : 'Starting PIN'}
            description="4 to 8 digits. Tell the person, and ask them to change it in Settings."
            required={!person}
            value={pin}
            onChange={(e) => setPin(e.currentTarget.value)}
            error={fieldErrors.pin}
          />
          <FormFooter error={error} busy={busy} submitLabel={person ? 'Save' : 'Add person'} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
