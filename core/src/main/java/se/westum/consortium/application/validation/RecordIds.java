package se.westum.consortium.application.validation;

/** The form of identifiers chosen by staff, as a Bean Validation pattern. */
public final class RecordIds {

  /** 1 to 40 letters, digits, '.', '-' or '_' (the domain's {@code Identifiers} rule). */
  public static final String PATTERN = "[A-Za-z0-9._-]{1,40}";

  /** The message when an id does not match. */
  public static final String MESSAGE = "must be 1 to 40 letters, digits, '.', '-' or '_'";

  private RecordIds() {}
}
