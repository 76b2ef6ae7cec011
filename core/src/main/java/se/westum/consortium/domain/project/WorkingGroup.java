package se.westum.consortium.domain.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

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

  /** Requires every part; a name and organisations of 1 to {@link Limits#NAME} characters. */
  public WorkingGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(kind, "kind");
    name = Texts.required("name", name, Limits.NAME);
    List<String> checked = new ArrayList<>(organisations.size());
    for (int i = 0; i < organisations.size(); i++) {
      checked.add(Texts.required("organisations[" + i + "]", organisations.get(i), Limits.NAME));
    }
    organisations = List.copyOf(checked);
    meetings = List.copyOf(meetings);
  }
}
