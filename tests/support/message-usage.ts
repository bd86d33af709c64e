/**
 * Which message keys the code uses, read from the sources (tests/unit/message-keys.test.ts).
 * A translator is a variable bound to `useTranslations(…)` / `getTranslations(…)` (also inside
 * `const [a, b] = await Promise.all([getTranslations('x'), …])`); its calls with a string
 * literal are static keys, its calls with a template literal use every key under the text before
 * the first `${…}` (a dynamic prefix, e.g. `status.${status}`). A binding holds until the next
 * binding of the same name in the file — close enough for files of ~300 lines with one
 * translator per component.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type Usage = { file: string; key: string };

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['app', 'components', 'lib'];
const SKIP = [path.join('lib', 'generated'), path.join('lib', 'i18n', 'messages')];

export function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const relative = path.relative(ROOT, full);
      if (SKIP.some((skip) => relative.startsWith(skip))) continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(full);
    }
  };
  for (const dir of SOURCE_DIRS) walk(path.join(ROOT, dir));
  return files;
}

/** Splits `a, f(b, c), d` at its top-level commas. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if ('([{'.includes(char)) depth++;
    if (')]}'.includes(char)) depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

const TRANSLATOR_CALL = /^(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:'([\w.]+)'|\{[^}]*?namespace:\s*'([\w.]+)'[^}]*\})?\s*\)$/;

/** The namespace of an expression that makes a translator, '' for the root, null if it is none. */
function namespaceOf(expression: string): string | null {
  const match = TRANSLATOR_CALL.exec(expression.trim());
  return match ? (match[1] ?? match[2] ?? '') : null;
}

type Binding = { name: string; namespace: string; at: number };

function bindings(source: string): Binding[] {
  const found: Binding[] = [];
  for (const match of source.matchAll(/(?:const|let)\s+(\w+)\s*=\s*((?:await\s+)?(?:useTranslations|getTranslations)\([^)]*\))/g)) {
    const namespace = namespaceOf(match[2]!);
    if (namespace !== null) found.push({ name: match[1]!, namespace, at: match.index });
  }
  for (const match of source.matchAll(/const\s+\[([^\]]+)\]\s*=\s*await\s+Promise\.all\(\[([\s\S]*?)\]\);/g)) {
    const names = splitTopLevel(match[1]!);
    const expressions = splitTopLevel(match[2]!);
    names.forEach((name, index) => {
      const namespace = expressions[index] ? namespaceOf(expressions[index]) : null;
      if (namespace !== null && /^\w+$/.test(name)) found.push({ name, namespace, at: match.index });
    });
  }
  return found.sort((a, b) => a.at - b.at);
}

const join = (namespace: string, key: string) => (namespace ? `${namespace}.${key}` : key);

/** Every static key and every dynamic prefix the sources use. */
export function messageUsage(files = sourceFiles()): { keys: Usage[]; prefixes: Usage[] } {
  const keys: Usage[] = [];
  const prefixes: Usage[] = [];
  for (const full of files) {
    const source = readFileSync(full, 'utf8');
    const file = path.relative(ROOT, full);
    const all = bindings(source);
    for (const name of new Set(all.map((binding) => binding.name))) {
      const ofName = all.filter((binding) => binding.name === name);
      const call = new RegExp(`(?<![\\w.])${name}(?:\\.(?:rich|markup|raw|has))?\\(\\s*(?:'([^']+)'|\`([^\`]*)\`)`, 'g');
      for (const match of source.matchAll(call)) {
        const binding = [...ofName].reverse().find((candidate) => candidate.at < match.index);
        if (!binding) continue;
        if (match[1] !== undefined) keys.push({ file, key: join(binding.namespace, match[1]) });
        else {
          const template = match[2]!;
          const cut = template.indexOf('${');
          if (cut === -1) keys.push({ file, key: join(binding.namespace, template) });
          else prefixes.push({ file, key: join(binding.namespace, template.slice(0, cut)) });
        }
      }
    }
  }
  return { keys, prefixes };
}
