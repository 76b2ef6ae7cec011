package se.westum.consortium.examples;

import java.util.List;
import se.westum.consortium.domain.shared.DomainException;

/** A keys file with bad lines; lists every one of them, not only the first. */
final class KeysFileException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  KeysFileException(String message, List<String> problems) {
    super("invalid-keys-file", message);
    this.problems = List.copyOf(problems);
  }

  /** Each bad line as {@code file:line: reason}. */
  List<String> problems() {
    return problems;
  }
}
