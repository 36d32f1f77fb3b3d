/**
 * "Академиялық күнтізбеге сәйкес" alone does not say which part of the calendar an item follows, so such items need a
 * link to calendar periods. For the embedded 2025-2026 plan Jospar suggests these links when it lays the plan out (from
 * what each activity is: the attestation commissions work during final attestation, extra classes for academic debts
 * run in the liquidation periods, elective registration in the registration periods …). Users change them freely.
 */
export const SUGGESTED_LINKS_2025_2026: Record<string, string[]> = {
  '1.25': ['att-1'],
  '1.26': ['att-1'],
  '1.45': ['exam-1', 'liq-1', 'exam-2', 'liq-2'],
  '3.07': ['liq-1', 'liq-2'],
  '3.11': ['reg-1', 'reg-2'],
  '3.12': ['ap-1', 'ap-2'],
  '4.24': ['reg-1', 'reg-2'],
};
