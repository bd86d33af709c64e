export function PageHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{title}</h1>
      {children}
    </div>
  );
}
