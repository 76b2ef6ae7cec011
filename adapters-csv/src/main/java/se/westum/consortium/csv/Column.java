package se.westum.consortium.csv;

import java.util.Optional;

/** The columns a dataset's files use, by their header names. */
enum Column {
  ORGANISATION_NUMBER("organisation_number"),
  NAME("name"),
  KIND("kind"),
  COVERED_MUNICIPALITIES("covered_municipalities"),
  JOINED("joined"),
  LEFT("left"),
  YEAR("year"),
  PAID_ON("paid_on"),
  AMOUNT("amount"),
  CURRENCY("currency");

  private final String header;

  Column(String header) {
    this.header = header;
  }

  /** The name in the header line. */
  String header() {
    return header;
  }

  /**
   * The column a domain field error belongs to ({@code coveredMunicipalities} belongs to {@code
   * covered_municipalities}); empty for fields that are no column.
   */
  static Optional<Column> forDomainField(String field) {
    return switch (field) {
      case "organisationNumber", "member" -> Optional.of(ORGANISATION_NUMBER);
      case "name" -> Optional.of(NAME);
      case "kind" -> Optional.of(KIND);
      case "coveredMunicipalities", "covers" -> Optional.of(COVERED_MUNICIPALITIES);
      case "joined" -> Optional.of(JOINED);
      case "left" -> Optional.of(LEFT);
      case "year" -> Optional.of(YEAR);
      case "paidOn" -> Optional.of(PAID_ON);
      case "amount" -> Optional.of(AMOUNT);
      case "currency" -> Optional.of(CURRENCY);
      default -> Optional.empty();
    };
  }
}
