package se.westum.consortium.report.internal;

/** Small checks shared by the view records. */
final class Text {

  private Text() {}

  static String require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
