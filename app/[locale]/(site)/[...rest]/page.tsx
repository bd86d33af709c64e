import { notFound } from 'next/navigation';

/** Any other path: the not-found page inside the portal's frame (next.config.js sends every page path to a locale). */
export default function UnknownPage() {
  notFound();
}
