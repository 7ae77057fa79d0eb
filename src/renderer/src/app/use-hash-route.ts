/** The current page from the URL hash (#/people), so reloads and back/forward keep the page. */
import { useEffect, useState } from 'react';

const read = () => window.location.hash.replace(/^#\/?/, '') || '';

export function useHashRoute(): [string, (route: string) => void] {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => (window.location.hash = `/${next}`)];
}
