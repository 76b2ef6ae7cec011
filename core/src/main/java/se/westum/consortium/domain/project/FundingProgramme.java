package se.westum.consortium.domain.project;

import java.util.Objects;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A funding programme.
 *
 * @param id its identity
 * @param name its name, for example "Interreg Öresund-Kattegat-Skagerrak 2014–2020"
 * @param kind what kind of programme
 */
public record FundingProgramme(ProgrammeId id, String name, ProgrammeKind kind) {

  /** Requires every part; a name of 1 to {@link Limits#NAME} characters. */
  public FundingProgramme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    name = Texts.required("name", name, Limits.NAME);
  }
}
