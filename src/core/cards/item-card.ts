/**
 * The item card of the Calendar and Gmail add-on, as data: a projection of the one item state
 * (src/core/plan/item-state.ts) and of the Plan row's own cells, in the language of the person who opens it. The Apps
 * Script side (src/gas/cards/) turns it into CardService widgets; nothing here knows of CardService.
 *
 * What a person sees, and why:
 * - the header: the item's ID and unit, then the state in words ("Мерзімі өткен: 12 күн"), so the one thing that
 *   matters is read before any field;
 * - the activity, the responsible roles (full positions where the Roles sheet has them), the deadline as the plan
 *   writes it and the date it means (the next one, or for an overdue item the one it missed, dd.MM.yyyy as people
 *   write dates), the deliverable, the document and the evidence when there are any;
 * - Mark done only while the item is open (not done, cancelled or submitted for review), with an optional evidence
 *   link and note; Open the plan row always; Open the document when the row links one.
 */
import { cw } from '../i18n/card-words';
import { st } from '../i18n/sidebar-messages';
import type { Lang } from '../i18n/lang';
import { stateWord } from '../i18n/state-words';
import type { DoneDecision } from '../plan/done-request';
import type { ItemState, StateKind } from '../plan/item-state';
import { dottedDate } from '../text/dotted-date';

export interface CardItemInput {
  id: string;
  unit: string;
  activity: string;
  /** The responsible roles as people read them (full positions where the Roles sheet has them). */
  responsible: string[];
  /** The Deadline cell as the plan writes it. */
  deadline: string;
  deliverable: string;
  evidence: string;
  /** The first http(s) link of the Document cell ('' when none). */
  docLink: string;
  state: ItemState;
  /**
   * The reader's own report mailed to the keeper (a viewer's, where a keeper confirms): awaiting them, or `returned`
   * by them with a reason.
   */
  reported?: { to: string; day: string; unsure: boolean; returned?: { by: string; day: string; reason: string } };
}

export interface CardField {
  label: string;
  text: string;
  /** An http(s) link the field opens, when it is one. */
  link?: string;
}

export type CardActionKind = 'done' | 'row' | 'doc';

export interface ItemCardData {
  id: string;
  title: string;
  subtitle: string;
  state: StateKind;
  fields: CardField[];
  actions: Array<{ kind: CardActionKind; label: string }>;
  /** The Mark done form's words, when the item may be marked done. */
  doneForm: { evidence: string; note: string; hint: string; submit: string } | null;
}

/** Only http(s) links are ever offered to open (a cell may hold any text). */
export function webLink(text: string): string {
  const m = /https?:\/\/[^\s"'<>]+/i.exec(text);
  return m ? m[0] : '';
}

/**
 * `markDone`: what Mark done does for this reader (core's doneDecision): the form's hint says it — written to the Log
 * under their name, mailed to the keeper to confirm, or (they may not edit and no keeper confirms) who can mark it.
 */
export function itemCard(item: CardItemInput, lang: Lang, markDone: DoneDecision = 'done'): ItemCardData {
  const s = item.state;
  const word = stateWord(s, lang);
  const fields: CardField[] = [
    { label: cw(lang, 'fActivity'), text: item.activity },
    { label: cw(lang, 'fResponsible'), text: item.responsible.join('; ') },
    { label: cw(lang, 'fDeadline'), text: item.deadline },
    {
      label: cw(lang, s.kind === 'overdue' ? 'fMissed' : 'fDue'),
      text: s.shownDue ? dottedDate(s.shownDue) : cw(lang, 'noDate'),
    },
    { label: cw(lang, 'fState'), text: word },
  ];
  if (item.deliverable.trim()) fields.push({ label: cw(lang, 'fDeliverable'), text: item.deliverable });
  const doc = webLink(item.docLink);
  if (doc) fields.push({ label: cw(lang, 'fDocument'), text: doc, link: doc });
  if (item.evidence.trim()) {
    const link = webLink(item.evidence);
    fields.push({ label: cw(lang, 'fEvidence'), text: item.evidence.trim(), ...(link ? { link } : {}) });
  }
  // Done, cancelled, or reported and awaiting a keeper (mail21's review mode): nothing left to mark.
  const open = s.kind !== 'done' && s.kind !== 'cancelled' && s.kind !== 'submitted';
  // The person's report waits for the keeper only while the item is open: once confirmed (or closed) it says nothing.
  const back = item.reported?.returned;
  if (item.reported && open)
    fields.push({
      label: cw(lang, 'fYourReport'),
      text: back
        ? cw(lang, 'yourReportReturned', { keeper: back.by, day: dottedDate(back.day), reason: back.reason || '—' })
        : cw(lang, item.reported.unsure ? 'yourReportUnsure' : 'yourReport', {
            keeper: item.reported.to,
            day: dottedDate(item.reported.day),
          }),
    });
  const actions: ItemCardData['actions'] = [];
  if (open) actions.push({ kind: 'done', label: cw(lang, 'aDone') });
  actions.push({ kind: 'row', label: cw(lang, 'aRow') });
  if (doc) actions.push({ kind: 'doc', label: cw(lang, 'aDoc') });
  return {
    id: item.id,
    title: `${item.id} · ${item.unit}`.trim(),
    subtitle: word,
    state: s.kind,
    fields,
    actions,
    doneForm: open
      ? {
          evidence: cw(lang, 'inEvidence'),
          note: cw(lang, 'inNote'),
          hint: cw(
            lang,
            markDone === 'done' ? 'formHint' : markDone === 'review' ? 'formHintReview' : 'formHintRefuse',
          ),
          submit: cw(lang, 'aDone'),
        }
      : null,
  };
}

/** Why the card shows no item: the short home card. */
export type HomeReason = 'home' | 'notJospar' | 'notJosparMail' | 'outside' | 'noPlan' | 'noItem';

export interface HomeCardData {
  title: string;
  text: string;
}

export function homeCard(reason: HomeReason, lang: Lang, params: { domain?: string; id?: string } = {}): HomeCardData {
  return { title: cw(lang, 'homeTitle'), text: cw(lang, reason, { domain: params.domain ?? '', id: params.id ?? '' }) };
}

/** A viewer's report as the keeper's card shows it (src/gas/cards/report-card.ts). */
export interface ReportCardData {
  fields: CardField[];
  /** What Confirm and Return do, or why the reader cannot answer ('' when nothing is left to answer). */
  hint: string;
  /** The Confirm button's label, when the reader may answer and the report and the item are still open; else null. */
  confirm: string | null;
  /** Return's button and its reason's input (the sidebar's words), when Confirm is offered; else null. */
  giveBack: { label: string; reason: string } | null;
}

/** A keeper's answer to the report, once written: confirmed on `day`, or returned by `by` on `day` with a reason. */
export type ReportAnswered = { to: 'confirm'; day: string } | { to: 'return'; day: string; by: string; reason: string };

export function reportCard(
  item: ItemCardData,
  r: { who: string; day: string; evidence: string; note: string; answered?: ReportAnswered | null },
  lang: Lang,
  mayEdit: boolean,
): ReportCardData {
  const fields: CardField[] = [
    { label: cw(lang, 'fReportedBy'), text: r.who },
    { label: cw(lang, 'fReportedOn'), text: dottedDate(r.day) },
  ];
  const link = webLink(r.evidence);
  if (r.evidence) fields.push({ label: cw(lang, 'fEvidence'), text: r.evidence, ...(link ? { link } : {}) });
  if (r.note) fields.push({ label: cw(lang, 'fNote'), text: r.note });
  const a = r.answered;
  if (a)
    fields.push({
      label: cw(lang, 'fAnswer'),
      text:
        a.to === 'confirm'
          ? cw(lang, 'answerConfirmed', { day: dottedDate(a.day) })
          : cw(lang, 'answerReturned', { by: a.by, day: dottedDate(a.day), reason: a.reason || '—' }),
    });
  // Answered, or done, cancelled or already awaiting the sidebar's review: nothing left to answer here (the header
  // and the answer's field say which).
  const open = item.doneForm !== null && !a;
  const answers = open && mayEdit;
  return {
    fields,
    hint: !mayEdit ? cw(lang, 'keeperOnly') : open ? cw(lang, 'confirmHint') : '',
    confirm: answers ? cw(lang, 'aConfirm') : null,
    giveBack: answers ? { label: st(lang, 'returnReview'), reason: st(lang, 'returnNote') } : null,
  };
}
