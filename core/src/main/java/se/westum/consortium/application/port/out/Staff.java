package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.governance.StaffId;
import se.westum.consortium.domain.governance.StaffMember;

/** The consortium's staff (employments). */
public interface Staff {

  /** The employment with this id, if stored. */
  Optional<StaffMember> find(StaffId id);

  /** Every employment ordered by first day and id. */
  List<StaffMember> all();

  /** Stores the employment, replacing a stored one with the same id. */
  void save(StaffMember member);

  /**
   * Stores many employments in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<StaffMember> staff);
}
