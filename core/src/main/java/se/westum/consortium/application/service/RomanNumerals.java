package se.westum.consortium.application.service;

/** The value of a goal's Roman numeral, to keep the plan's order. */
final class RomanNumerals {

  private RomanNumerals() {}

  static int value(String numeral) {
    int total = 0;
    int previous = 0;
    for (int i = numeral.length() - 1; i >= 0; i--) {
      int v =
          switch (numeral.charAt(i)) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            default -> throw new IllegalArgumentException("not a Roman numeral: " + numeral);
          };
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }
}
