/**
 * Checks a localisation file against the manifest: every user-facing string
 * is translated, and every key names something the manifest has (Teams
 * rejects a package whose localisation keys point nowhere).
 */
import type { TeamsManifest } from './bundled-schemas';

/** Keys of a localisation file that are not manifest paths. */
const metaKeys = new Set(['$schema', 'localizationKeys']);

/** Manifest paths, in localisation-key notation, of every string a user reads. */
export function localizablePaths(manifest: TeamsManifest): string[] {
  const paths = ['name.short', 'description.short', 'description.full'];
  if (manifest.name.full !== undefined) paths.push('name.full');
  (manifest.bots?.[0]?.commandLists ?? []).forEach((list, l) =>
    list.commands.forEach((_, c) =>
      paths.push(
        `bots[0].commandLists[${l}].commands[${c}].title`,
        `bots[0].commandLists[${l}].commands[${c}].description`,
      ),
    ),
  );
  (manifest.composeExtensions?.[0]?.commands ?? []).forEach((command, c) => {
    paths.push(`composeExtensions[0].commands[${c}].title`);
    if (command.description !== undefined) paths.push(`composeExtensions[0].commands[${c}].description`);
  });
  return paths;
}

/** `bots[0].commandLists[1].title` → the value at that place in the manifest, or undefined. */
export function valueAtPath(document: unknown, keyPath: string): unknown {
  return (keyPath.match(/[^.[\]]+/g) ?? []).reduce<unknown>(
    (node, step) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[step] : undefined),
    document,
  );
}

export function translationProblems(
  manifest: TeamsManifest,
  translation: Record<string, unknown>,
  file: string,
): string[] {
  const untranslated = localizablePaths(manifest)
    .filter((p) => typeof translation[p] !== 'string' || (translation[p] as string).trim() === '')
    .map((p) => `${file} does not translate "${p}"`);
  const dangling = Object.keys(translation)
    .filter((key) => !metaKeys.has(key) && typeof valueAtPath(manifest, key) !== 'string')
    .map((key) => `${file} translates "${key}", which manifest.json does not have`);
  return [...untranslated, ...dangling];
}
