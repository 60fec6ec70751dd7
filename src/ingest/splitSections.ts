import type { Section } from "../domain/BriefingDraft.js";
import { matchSectionHeading, SECTION_HEADINGS } from "./matchSectionHeading.js";
import type { Line } from "./readLines.js";
import type { LineProblem } from "./SectionResult.js";

/** The non-blank lines under one section heading, in file order. */
export interface SectionBody {
  headingLine: number;
  lines: Line[];
}

/** The sections found after the title line, and the lines that belonged to none. */
export interface SectionLayout {
  sections: Map<Section, SectionBody>;
  warnings: LineProblem[];
}

/**
 * Groups the lines after the title by section heading. Sections may come in any order. A heading seen twice
 * continues its section (with a warning); lines before the first heading are ignored with a warning.
 */
export function splitSections(lines: readonly Line[]): SectionLayout {
  const sections = new Map<Section, SectionBody>();
  const warnings: LineProblem[] = [];
  let current: SectionBody | null = null;
  for (const line of lines) {
    if (line.text === "") continue;
    const section = matchSectionHeading(line.text);
    if (section !== null) {
      const seen = sections.get(section);
      if (seen !== undefined) {
        const message = `section '${SECTION_HEADINGS[section]}' appears again (first at line ${seen.headingLine}); its lines are read as part of it`;
        warnings.push({ line: line.number, message });
      }
      current = seen ?? { headingLine: line.number, lines: [] };
      sections.set(section, current);
    } else if (current === null) {
      warnings.push({ line: line.number, message: "line before the first section heading ignored" });
    } else {
      current.lines.push(line);
    }
  }
  return { sections, warnings };
}
