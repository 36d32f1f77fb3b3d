/**
 * The documents part of `npm run bench`: Docs and Drive calls per order on the embedded plan, the way the preview
 * makes them (Set up, Create default templates, Generate document for every order), the templates' creation included
 * and also shown apart, with the kinds of call that dominate.
 */
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { loadAddOn } from '../run-addon';
import { Workspace } from '../workspace/workspace';

const DOCS_AND_DRIVE = new Set([
  'DocumentApp',
  'Document',
  'Body',
  'HeaderSection',
  'FooterSection',
  'Paragraph',
  'ListItem',
  'Text',
  'Table',
  'TableRow',
  'TableCell',
  'Drive',
  'DriveFiles',
  'Docs',
  'DocsDocuments',
]);

function docsAndDriveCalls(ws: Workspace): { total: number; byMethod: Record<string, number> } {
  const byMethod: Record<string, number> = {};
  let total = 0;
  for (const [key, n] of ws.counter.counts) {
    if (!DOCS_AND_DRIVE.has(key.split('.')[0])) continue;
    byMethod[key] = n;
    total += n;
  }
  return { total, byMethod };
}

/** Call counts of one fresh preview-like run; assumes dist/Code.js is built. */
export function benchDocuments(): Record<string, unknown> {
  const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') });
  const addon = loadAddOn(ws);
  addon.josparSetUpPlan();
  ws.counter.reset();
  addon.josparCreateTemplates();
  const templates = docsAndDriveCalls(ws).total;
  const out = addon.josparGenerateDocuments({ kind: 'order', interactive: false }) as { created: number };
  const all = docsAndDriveCalls(ws);
  const orders = out.created || 1;
  const top = Object.entries(all.byMethod)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  return {
    orders: out.created,
    ordersInPlan: PLAN_2025_2026.items.length,
    templatesCreationCalls: templates,
    generationCalls: all.total - templates,
    docsAndDriveCallsPerOrder: Math.round((all.total / orders) * 10) / 10,
    perOrderWithoutTemplates: Math.round(((all.total - templates) / orders) * 10) / 10,
    topCalls: Object.fromEntries(top),
  };
}
