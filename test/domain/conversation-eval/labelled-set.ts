/**
 * The labelled conversation sets (format: test/fixtures/conversation/writers-brief.md):
 * each message with its route, the topic that answers its question, and the
 * facts and partner-profile facts it clearly states. Validated on load, so a
 * typo in a label fails loudly instead of counting as a miss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { topicIds } from '../../../src/domain/answers/topic';
import {
  categorySchema,
  cspModelSchema,
  impactSchema,
  languageSchema,
  mpnLevelSchema,
  natureSchema,
  onpremVersionSchema,
  paidPlanSchema,
  productSchema,
  roleSchema,
  serviceHealthSchema,
  tenantSchema,
} from '../../../src/domain/facts';
import { repoRoot } from '../../../src/repo-paths';

export const labelledFactsSchema = z
  .object({
    product: productSchema,
    tenant: tenantSchema,
    category: categorySchema,
    serviceHealth: serviceHealthSchema,
    nature: natureSchema,
    impact: impactSchema,
    onpremVersion: onpremVersionSchema,
    adminRelationship: z.boolean(),
  })
  .partial();

export const labelledProfileSchema = z
  .object({
    cspModel: cspModelSchema,
    role: roleSchema,
    azureAccessGranted: z.boolean(),
    mpnLevel: mpnLevelSchema,
    cloudCompetency: z.boolean(),
    benefitsActivated: z.boolean(),
    paidPlans: z.array(paidPlanSchema),
  })
  .partial();

export const labelledMessageSchema = z.object({
  id: z.string().min(1),
  language: languageSchema,
  style: z.string().optional(),
  text: z.string().min(1),
  route: z.enum(['problem', 'question', 'both']),
  topic: z.enum(topicIds).optional(),
  facts: labelledFactsSchema.default({}),
  profile: labelledProfileSchema.default({}),
});

export type LabelledMessage = z.infer<typeof labelledMessageSchema>;
export type LabelledFactKey = keyof z.infer<typeof labelledFactsSchema>;
export type LabelledProfileKey = keyof z.infer<typeof labelledProfileSchema>;

export interface LabelledSet {
  readonly name: string;
  /** The held-out set gates `npm test`; it is never tuned on. */
  readonly heldOut: boolean;
  /** Its writers labelled routes and topics only, not facts: only those are scored. */
  readonly routingOnly: boolean;
  readonly messages: readonly LabelledMessage[];
  /** Entries whose labels do not fit the format: counted and shown, never silently dropped. */
  readonly unreadable: readonly string[];
}

export const setsFolder = join(repoRoot, 'test', 'fixtures', 'conversation');

function loadFile(folder: string, file: string, name: string): LabelledSet {
  const entries = z.array(z.unknown()).parse(JSON.parse(readFileSync(join(folder, file), 'utf8')));
  const parsed = entries.map((entry) => labelledMessageSchema.safeParse(entry));
  const messages = parsed.flatMap((result) => (result.success ? [result.data] : []));
  const unreadable = parsed.flatMap((result, index) =>
    result.success
      ? []
      : [
          `${file} entry ${index}: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
        ],
  );
  return { name, heldOut: name === 'heldout', routingOnly: false, messages, unreadable };
}

const jsonFiles = (folder: string): string[] =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort();

/**
 * One folder's sets, one per writer, scored together: `validation` (techniques are chosen by them; only the fact
 * models learn from them), `fresh-check` (never learned from, to see the reader on writers it never met) and
 * `routing-check` (the same, labelled with routes and topics only).
 */
function writersSet(folderName: string, routingOnly = false): LabelledSet {
  const folder = join(setsFolder, folderName);
  const sets = jsonFiles(folder).map((file) => loadFile(folder, file, file));
  return {
    name: `${folderName} (${sets.map((set) => set.name.replace(/\.json$/, '')).join(', ')})`,
    heldOut: false,
    routingOnly,
    messages: sets.flatMap((set) => set.messages),
    unreadable: sets.flatMap((set) => set.unreadable),
  };
}

/** The scored sets: held-out, tuning, the validation sets, the fresh check and the routing check. */
export function loadSets(): LabelledSet[] {
  return [
    ...jsonFiles(setsFolder).map((file) => loadFile(setsFolder, file, file.replace(/\.json$/, ''))),
    writersSet('validation'),
    writersSet('fresh-check'),
    writersSet('routing-check', true),
  ];
}

/** The sets the models are trained on besides the tuning and validation sets: `training` (every model's), then `fact-training`. */
export function loadTrainingSets(): LabelledSet[] {
  return ['training', 'fact-training'].flatMap((name) => {
    const folder = join(setsFolder, name);
    return jsonFiles(folder).map((file) => loadFile(folder, file, `${name}/${file.replace(/\.json$/, '')}`));
  });
}
