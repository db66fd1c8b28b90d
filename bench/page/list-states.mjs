/**
 * What the groups list must show after a sort header or Status filter click: the oracle for the
 * bench's list-change figure. Runs in Chromium (page.evaluate), so names are compared by the
 * browser's own Intl.Collator, as issue 12 asks of the app: case and accents ignored, numbers in
 * order, groups with equal names in the server's order. Status, agents and created fall back to
 * the name A to Z; a group without a value comes last whichever way the column goes. Created is
 * DeepCall's "YYYY-MM-DD HH:mm:ss", read as local time.
 *
 * `groups`: the server's list in its order, as { name, active, agents, created }.
 * `states`: { sort: { column, descending }, status: 'all' | 'active' | 'inactive' }.
 * Answers per state the rows shown (`count`) and the first `first` names in order.
 *
 * Must stay self-contained: Playwright sends its source text to the page.
 */
export function expectedListStates({ groups, states, first }) {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const byName = Array.from(groups.keys()).sort((a, b) => collator.compare(groups[a].name, groups[b].name) || a - b);
  const nameRank = new Uint32Array(groups.length);
  byName.forEach((groupIndex, rank) => {
    nameRank[groupIndex] = rank;
  });
  const date = /^(\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d)(?::(\d\d))?)?$/;
  const createdTime = (value) => {
    const m = date.exec(String(value ?? '').trim());
    return m ? new Date(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)).getTime() : NaN;
  };
  const valueOf = {
    status: (g) => (g.active ? 0 : 1),
    agents: (g) => (typeof g.agents === 'number' ? g.agents : NaN),
    created: (g) => createdTime(g.created),
  };

  return states.map(({ sort, status }) => {
    let rows = Array.from(groups.keys());
    if (status !== 'all') rows = rows.filter((i) => groups[i].active === (status === 'active'));
    if (sort.column === 'name') {
      rows.sort((a, b) => nameRank[a] - nameRank[b]);
      if (sort.descending) rows.reverse();
    } else {
      const sign = sort.descending ? -1 : 1;
      const key = (i) => {
        const v = valueOf[sort.column](groups[i]);
        return Number.isNaN(v) ? sign * Infinity : v;
      };
      rows.sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        return ka === kb ? nameRank[a] - nameRank[b] : sign * (ka < kb ? -1 : 1);
      });
    }
    return { count: rows.length, names: rows.slice(0, first).map((i) => groups[i].name) };
  });
}
