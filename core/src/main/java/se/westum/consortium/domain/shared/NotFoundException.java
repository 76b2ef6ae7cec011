package se.westum.consortium.domain.shared;

/** A record that was asked for by its identity does not exist. */
public final class NotFoundException extends DomainException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param what the kind of record, for example {@code member}
   * @param id its identity, never personal data
   */
  public NotFoundException(String what, String id) {
    super(what + "-not-found", "no " + what + " " + id);
  }
}
