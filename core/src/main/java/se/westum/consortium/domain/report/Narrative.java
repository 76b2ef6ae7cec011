package se.westum.consortium.domain.report;

import java.util.List;
import java.util.Optional;

/**
 * The narrative fragments given for a report, at most one per section and language.
 *
 * @param fragments the fragments
 */
public record Narrative(List<NarrativeFragment> fragments) {

  /** No narrative. */
  public static final Narrative NONE = new Narrative(List.of());

  /** Copies the list; refuses two fragments for the same section and language. */
  public Narrative {
    fragments = List.copyOf(fragments);
    long distinct =
        fragments.stream().map(f -> f.section().value() + "/" + f.language()).distinct().count();
    if (distinct != fragments.size()) {
      throw new IllegalArgumentException("one narrative fragment per section and language");
    }
  }

  /** The fragment of a section in a language. */
  public Optional<NarrativeFragment> of(SectionId section, ReportLanguage language) {
    return fragments.stream()
        .filter(f -> f.section().equals(section) && f.language() == language)
        .findFirst();
  }
}
