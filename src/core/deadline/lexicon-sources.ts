/**
 * The lexicon's words that only the build reads (expression-build.ts makes the anchors' and rules' expressions of
 * them): kept out of lexicon.ts so that the add-on's bundle neither carries them nor folds them at load.
 */
import type { PeriodKind } from '../calendar/academic-calendar';
import { foldPattern } from './fold';
import type { Relation } from './lexicon';

/** Season words, as qualifiers of a period ("қысқы сессия") or alone ("весной и осенью"). */
export const SEASON_WORDS: Array<{ season: 'autumn' | 'winter' | 'spring' | 'summer'; source: string }> = (
  [
    { season: 'autumn', source: 'күзгі|күзде|осенн\\p{L}*|осенью|autumn|fall' },
    { season: 'winter', source: 'қысқы|қыста|зимн\\p{L}*|зимой|winter' },
    { season: 'spring', source: 'көктемгі|көктемде|весенн\\p{L}*|весной|spring' },
    { season: 'summer', source: 'жазғы|жазда|летн\\p{L}*|летом|summer' },
  ] as const
).map((w) => ({ season: w.season, source: foldPattern(w.source) }));

/** The unit words of an offset, one of which every offset holds. */
export const UNIT_WORDS = foldPattern(
  'күн\\p{L}*|дн\\p{L}*|день|дня|days?|апта\\p{L}*|недел\\p{L}*|неделю|weeks?|ай\\p{L}*|месяц\\p{L}*|months?',
);
/** Units of an offset: working days first, so "жұмыс күн" is not read as "күн". */
export const OFFSET_UNIT = foldPattern(
  '(?:(жұмыс|рабоч\\p{L}*|working|business|work)\\s+)?(?:(?:күнтізбелік|календарн\\p{L}*|calendar)\\s+)?' +
    `(${UNIT_WORDS})`,
);
/** Academic-calendar periods as the plan names them, most specific first. */
type PeriodPhrase = { kind: PeriodKind; source: string; summer?: boolean; words: string };
export const PERIOD_PHRASES: PeriodPhrase[] = (
  [
    {
      kind: 'registration',
      words: 'тіркел|регистрац|registration',
      summer: true,
      source:
        '(?:қосымша\\s+(?:және\\s+)?)?жазғы\\s+семестрге\\s+тіркел\\p{L}*(?:\\s+кезең\\p{L}*)?|регистраци\\p{L}*\\s+на\\s+(?:дополнительн\\p{L}*\\s+и\\s+)?летн\\p{L}*\\s+семестр\\p{L}*|(?:additional\\s+and\\s+)?summer\\s+(?:semester|term)\\s+registration',
    },
    {
      kind: 'registration',
      words: 'тіркел|регистрац|registration',
      source: 'тіркел\\p{L}*(?:\\s+кезең\\p{L}*)?|регистраци\\p{L}*|registration(?:\\s+periods?)?',
    },
    {
      kind: 'summer-semester',
      words: 'семестр|semester|term',
      source: 'жазғы\\s+семестр\\p{L}*|летн\\p{L}*\\s+семестр\\p{L}*|summer\\s+(?:semester|term)s?',
    },
    {
      kind: 'liquidation',
      words: 'ликвидац|liquidation|retake',
      source:
        '(?:қосымша\\s+)?ликвидациялық\\s+кезең\\p{L}*|ликвидацион\\p{L}*(?:\\s+период\\p{L}*)?|liquidation\\s+periods?|retake\\s+periods?',
    },
    {
      kind: 'exam-session',
      words: 'сесси|аттест|exam|attestation',
      source:
        'емтихан\\p{L}*\\s+сессия\\p{L}*|сессия\\p{L}*|экзаменационн\\p{L}*\\s+сесси\\p{L}*|сесси[яиюей]\\p{L}*|exam(?:ination)?\\s+(?:sessions?|periods?)|final\\s+exam(?:ination)?s?(?:\\s+(?:periods?|weeks?))?(?!\\s+date)(?:\\s+ends?)?|(?:the\\s+)?last\\s+exam(?:ination)?s?|(?:аралық\\s+)?аттестаттау\\s+кезең\\p{L}*|промежуточн\\p{L}*\\s+аттестаци\\p{L}*|interim\\s+attestation',
    },
    {
      kind: 'final-attestation',
      words: 'аттест|attestation|гиа|емтихан|экзамен|exam|қорға|защит|defen|certification|кесте|комиссия',
      source:
        // Its other names, and the thesis defences it ends with (қорғау, защита).
        '(?:қорытынды\\s+)?мемлекеттік\\s+(?:қорытынды\\s+)?аттестатта\\p{L}*|' +
        'итогов\\p{L}*\\s+государственн\\p{L}*\\s+аттестаци\\p{L}*|государственн\\p{L}*\\s+итогов\\p{L}*\\s+аттестаци\\p{L}*|' +
        'гиа|бітіру\\s+емтихан\\p{L}*|выпускн\\p{L}*\\s+экзамен\\p{L}*|graduation\\s+exam\\p{L}*|' +
        '(?:state\\s+)?final\\s+(?:state\\s+)?(?:attestation|certification)|' +
        '(?:(?:дипломдық|диплом|бітіру|магистрлік)\\s+)?(?:(?:жұмыс|жоба|диссертация)\\p{L}*\\s+)?қорғау\\p{L}*|' +
        'защит\\p{L}*(?:\\s+(?:выпускн|дипломн|магистерск)\\p{L}*(?:\\s+квалификационн\\p{L}*)?\\s+(?:работ|проект|диссертац)\\p{L}*)?|' +
        '(?:thesis|dissertation)\\s+defen[cs]es?|defen[cs]es?\\s+of\\s+(?:the\\s+)?(?:thes[ie]s|dissertations?)|' +
        'қорытынды\\s+аттест\\p{L}*|итогов\\p{L}*\\s+аттестаци\\p{L}*|final\\s+attestation|ак\\s+жұмыс\\s+кесте\\p{L}*|аттестаттау\\s+комиссия\\p{L}*(?:\\s+жұмыс\\s+кесте\\p{L}*)?|государственн\\p{L}*\\s+экзамен\\p{L}*|state\\s+exams?',
    },
    {
      kind: 'academic-period',
      words: 'кезең|семестр|период|period|semester|term',
      source:
        'академиялық\\s+кезең\\p{L}*|семестр\\p{L}*|академическ\\p{L}*\\s+период\\p{L}*|academic\\s+periods?|semesters?|terms?',
    },
  ] as PeriodPhrase[]
).map((p) => ({ ...p, source: foldPattern(p.source) }));

/** What a clause says about the periods it names; Kazakh puts it after the period, Russian and English before. */
type RelationPhrase = { relation: Relation; source: string };
export const RELATIONS: RelationPhrase[] = (
  [
    // Before the END of a period, read before "before" so that "before the end of" is not "before the start".
    {
      relation: 'end',
      source:
        'аяқталғанға\\s+дейін|аяқталуына\\s+дейін|аяқталардан\\s+бұрын|аяқталар\\s+алдында|до\\s+окончания|до\\s+конца|до\\s+завершения|перед\\s+окончанием|before\\s+the\\s+end\\s+of|by\\s+the\\s+end\\s+of',
    },
    {
      relation: 'before',
      source:
        'басталар\\s+алдында|басталғанға\\s+дейін|басталуына\\s+дейін|басталуынан\\s+бұрын|басталардан\\s+бұрын|басталмас\\s+бұрын|басталуына|басталуынан|алдында|перед\\s+началом|перед|до\\s+начала|before(?:\\s+the\\s+(?:start|beginning)\\s+of)?|prior\\s+to(?:\\s+the)?(?:\\s+(?:start|beginning)\\s+of)?',
    },
    {
      relation: 'start',
      source:
        'басында|басталғанда|басталысымен|в\\s+начале|с\\s+началом|at\\s+the\\s+(?:start|beginning)\\s+of|(?:start|beginning)\\s+of',
    },
    {
      relation: 'after',
      source:
        'аяқталғаннан\\s+кейін|аяқталған\\s+соң|аяқталысымен|біткеннен\\s+кейін|кейін|соң|после\\s+окончания|после|по\\s+окончании|по\\s+завершении|after\\s+the\\s+last\\s+day\\s+of|of\\s+the\\s+last\\s+day\\s+of|after(?:\\s+the\\s+(?:end|completion)\\s+of)?|following\\s+the\\s+(?:end|completion)\\s+of',
    },
    {
      relation: 'end',
      source:
        'соңында|аяғында|соңына\\s+дейін|аяғына\\s+дейін|в\\s+конце|до\\s+конца|до\\s+окончания|at\\s+the\\s+end\\s+of|by\\s+the\\s+end\\s+of|end\\s+of|the\\s+last\\s+day\\s+of',
    },
    {
      relation: 'during',
      source:
        'кезеңінде|кезінде|кезеңде|ішінде|барысында|уақытында|в\\s+период\\p{L}*|во\\s+время|в\\s+течение|в\\s+ходе|during|within|throughout',
    },
  ] as RelationPhrase[]
).map((r) => ({ ...r, source: foldPattern(r.source) }));
