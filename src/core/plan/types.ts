/** One activity of the plan, as the approved document states it. */
export interface PlanItem {
  section: number;
  sectionTitle: string;
  no: number;
  activity: string;
  responsible: string;
  deadline: string;
  deliverable: string;
  /**
   * What the item is about in Russian (the Plan's «Атауы (орысша)», for the Russian text of its order), where the
   * imported file has that column and the cell is filled; absent otherwise (the sheet's own stays).
   */
  nameRu?: string;
}

export interface PlanDocument {
  title: string;
  academicYear: string;
  signatory: { position: string; name: string };
  /** The approval block (БЕКІТЕМІН: position, name), where the document has one. */
  approver?: { position: string; name: string };
  sections: Array<{ no: number; title: string }>;
  items: PlanItem[];
}
