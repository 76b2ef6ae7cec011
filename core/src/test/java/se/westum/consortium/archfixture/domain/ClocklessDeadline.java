package se.westum.consortium.archfixture.domain;

import java.time.LocalDate;

/** Bad: asks for today without a clock. */
public final class ClocklessDeadline {
  /** Uses the system clock directly. */
  public boolean passed(LocalDate deadline) {
    return LocalDate.now().isAfter(deadline);
  }
}
