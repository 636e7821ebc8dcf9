// The layout gate's checks (tests/browser/test_layout.py), run in the page. Returns a list of
// problems, each naming the element.
(phone) => {
  const problems = [];
  const describe = (e) => {
    let name = e.tagName.toLowerCase();
    if (e.id) name += `#${e.id}`;
    const classes = [...e.classList].filter((c) => !c.startsWith("is-")).slice(0, 3);
    if (classes.length) name += `.${classes.join(".")}`;
    const text = (e.innerText || e.value || e.getAttribute("aria-label") || "").trim();
    return text ? `${name} "${text.slice(0, 40).replace(/\s+/g, " ")}"` : name;
  };
  const visible = (e) => {
    const r = e.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    if (e.checkVisibility && !e.checkVisibility({ visibilityProperty: true })) return false;
    const s = getComputedStyle(e);
    if (s.visibility === "hidden" || s.display === "none") return false;
    const details = e.closest("details:not([open])");
    if (details && !e.closest("summary")) return false;
    if (e.closest(".usa-sr-only, [hidden], [aria-hidden='true']")) return false;
    return r.right > 0 && r.left < document.documentElement.clientWidth + 2000;
  };
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    const wide = [...document.body.querySelectorAll("*")].filter(
      (e) => e.getBoundingClientRect().right > root.clientWidth + 1 && visible(e),
    );
    const outermost = wide.filter((e) => !wide.includes(e.parentElement));
    problems.push(
      `scrolls sideways (${root.scrollWidth} px wide): ${outermost.slice(0, 3).map(describe).join(", ")}`,
    );
  }
  // Form controls: inside their container, with all four borders.
  for (const e of document.querySelectorAll("input, select, textarea")) {
    if (["hidden", "checkbox", "radio", "submit", "button"].includes(e.type) || !visible(e)) continue;
    const r = e.getBoundingClientRect();
    const box = e.parentElement.getBoundingClientRect();
    if (r.right > box.right + 1 || r.left < box.left - 1) {
      problems.push(`form control wider than its container: ${describe(e)}`);
    }
    // USWDS's search box joins the box to its button on purpose.
    if (e.closest(".usa-search")) continue;
    const s = getComputedStyle(e);
    for (const side of ["Top", "Right", "Bottom", "Left"]) {
      if (parseFloat(s[`border${side}Width`]) === 0 || s[`border${side}Style`] === "none") {
        problems.push(`form control without a ${side.toLowerCase()} border: ${describe(e)}`);
      }
    }
  }
  // No list bullets in the header, navigation or footer.
  for (const li of document.querySelectorAll("header li, nav li, footer li")) {
    const s = getComputedStyle(li);
    if (visible(li) && s.display === "list-item" && s.listStyleType !== "none") {
      const where = li.closest("footer") ? "footer" : li.closest("header") ? "header" : "navigation";
      problems.push(`list bullet in the ${where}: ${describe(li)}`);
    }
  }
  // Primary navigation labels on at most two lines.
  for (const label of document.querySelectorAll(".usa-nav__primary > li > :is(a, button) > span")) {
    if (!visible(label)) continue;
    const lineHeight = parseFloat(getComputedStyle(label).lineHeight) || 16;
    const lines = Math.round(label.getBoundingClientRect().height / lineHeight);
    if (lines > 2) problems.push(`navigation label on ${lines} lines: ${describe(label.parentElement)}`);
  }
  // Tags (usa-tag) are inline labels: one on a block element stretches into a bar.
  for (const tag of document.querySelectorAll(".usa-tag")) {
    if (!visible(tag)) continue;
    if (!getComputedStyle(tag).display.startsWith("inline")) {
      problems.push(`tag stretched as a block: ${describe(tag)}`);
    }
  }
  // Buttons side by side in a button group are the same height (the last one stood 4 px taller).
  for (const group of document.querySelectorAll(".usa-button-group")) {
    const rows = {};
    for (const button of group.querySelectorAll(":scope > .usa-button-group__item > .usa-button")) {
      if (!visible(button)) continue;
      const r = button.getBoundingClientRect();
      (rows[Math.round(r.top)] ||= []).push([button, Math.round(r.height)]);
    }
    for (const row of Object.values(rows)) {
      if (new Set(row.map(([, height]) => height)).size > 1) {
        problems.push(`buttons of unequal height side by side: ${row.map(([b, h]) => `${describe(b)} ${h} px`).join(", ")}`);
      }
    }
  }
  // Interactive elements whose boxes overlap; tap targets of at least 24 x 24 px on phones.
  const controls = [
    ...document.querySelectorAll("a[href], button, input, select, textarea, summary"),
  ].filter((e) => e.type !== "hidden" && visible(e) && !e.closest(".usa-skipnav"));
  // Boxes per line, so two links wrapping in one paragraph do not count as overlapping.
  const boxes = controls.map((e) => [...e.getClientRects()].filter((r) => r.width && r.height));
  const intersect = (a, b, margin = 0) =>
    Math.min(a.right + margin, b.right) - Math.max(a.left - margin, b.left) > 1 &&
    Math.min(a.bottom + margin, b.bottom) - Math.max(a.top - margin, b.top) > 1;
  const related = (i, j) => controls[i].contains(controls[j]) || controls[j].contains(controls[i]);
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      if (related(i, j)) continue;
      if (boxes[i].some((a) => boxes[j].some((b) => intersect(a, b)))) {
        problems.push(`overlapping controls: ${describe(controls[i])} and ${describe(controls[j])}`);
      }
    }
  }
  if (phone) {
    for (const [i, e] of controls.entries()) {
      const r = e.getBoundingClientRect();
      if (r.width >= 24 && r.height >= 24) continue;
      // WCAG 2.5.8's exceptions: inline links in running text, and a smaller target with
      // room around it (a 24 px square centred on it touches no other target).
      if (e.tagName === "A" && getComputedStyle(e).display === "inline") {
        const around = (e.parentElement.innerText || "").trim().length;
        if (around > (e.innerText || "").trim().length + 1) continue;
      }
      const cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2;
      const square = { left: cx - 12, right: cx + 12, top: cy - 12, bottom: cy + 12 };
      const crowded = controls.some(
        (other, j) => j !== i && !related(i, j) && boxes[j].some((b) => intersect(square, b)),
      );
      if (!crowded) continue;
      problems.push(`tap target ${Math.round(r.width)} x ${Math.round(r.height)} px: ${describe(e)}`);
    }
  }
  return problems;
}
