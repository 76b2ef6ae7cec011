package se.westum.consortium.domain.project;

import java.util.List;
import java.util.Objects;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A project board or working group, with the organisations it draws on and its meetings (recorded
 * as governance meetings).
 *
 * @param id its identity
 * @param project the project
 * @param name its name, for example "Transnationell projektledargrupp"
 * @param kind board or working group
 * @param organisations the organisations represented
 * @param meetings its meetings
 */
public record WorkingGroup(
    GroupId id,
    ProjectId project,
    String name,
    GroupKind kind,
    List<String> organisations,
    List<MeetingId> meetings) {

  /** An organisation name that is blank or too long. */
  public static final String INVALID_ORGANISATION = "invalid-organisation";

  /** Requires every part. */
  public WorkingGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(kind, "kind");
    name = Texts.required("name", name, 200);
    organisations = organisations.stream().map(String::strip).toList();
    if (organisations.stream().anyMatch(o -> o.isEmpty() || o.length() > 200)) {
      throw ValidationException.of(
          "organisations", INVALID_ORGANISATION, "an organisation has 1 to 200 characters");
    }
    meetings = List.copyOf(meetings);
  }
}
