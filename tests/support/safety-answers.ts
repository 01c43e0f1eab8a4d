/** A returning user's safety answers where nothing applies: every routine is offered (issue 21's screening). */
export const NOTHING_APPLIES = { hipReplacement: 'no', recentSpinalProcedure: false, pregnancy: 'no', osteoporosis: false, painfulSide: 'right', worseWith: [] } as const;
