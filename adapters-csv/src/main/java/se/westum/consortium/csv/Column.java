package se.westum.consortium.csv;

import java.util.List;

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
  CURRENCY("currency"),
  TERM("term"),
  TERM_START("term_start"),
  TERM_END("term_end"),
  PERSON("person"),
  ROLE("role"),
  ID("id"),
  START("start"),
  END("end"),
  PLACE("place"),
  MEETING("meeting"),
  PARAGRAPH("paragraph"),
  SUBJECT("subject"),
  OUTCOME("outcome"),
  FISCAL_YEAR("fiscal_year"),
  NUMBER("number"),
  TITLE("title"),
  COUNTRY("country"),
  ORGANISER("organiser"),
  GOAL("goal"),
  PARTICIPANTS("participants"),
  EVENT("event"),
  ORGANISATION("organisation"),
  COUNT("count"),
  STARTED("started"),
  ENDED("ended"),
  PROJECTS("projects");

  private final String header;

  Column(String header) {
    this.header = header;
  }

  /** The name in the header line. */
  String header() {
    return header;
  }

  /**
   * The columns a domain field error may belong to ({@code coveredMunicipalities} belongs to {@code
   * covered_municipalities}); the first of them that the file has is the one. Empty for fields that
   * are no column. A period's {@code end} is {@code end}, {@code term_end} or {@code ended},
   * depending on the file.
   */
  static List<Column> forDomainField(String field) {
    return switch (field) {
      case "organisationNumber", "member" -> List.of(ORGANISATION_NUMBER);
      case "name" -> List.of(NAME);
      case "kind" -> List.of(KIND);
      case "coveredMunicipalities", "covers" -> List.of(COVERED_MUNICIPALITIES);
      case "joined" -> List.of(JOINED);
      case "left" -> List.of(LEFT);
      case "year" -> List.of(YEAR);
      case "paidOn" -> List.of(PAID_ON);
      case "amount" -> List.of(AMOUNT);
      case "currency" -> List.of(CURRENCY);
      case "end" -> List.of(END, TERM_END, ENDED);
      case "place" -> List.of(PLACE);
      case "paragraph" -> List.of(PARAGRAPH);
      case "subject" -> List.of(SUBJECT);
      case "outcome" -> List.of(OUTCOME);
      case "number" -> List.of(NUMBER);
      case "title" -> List.of(TITLE);
      case "country" -> List.of(COUNTRY);
      case "organiser" -> List.of(ORGANISER);
      case "participants" -> List.of(PARTICIPANTS);
      case "organisation" -> List.of(ORGANISATION);
      case "count" -> List.of(COUNT);
      case "role" -> List.of(ROLE);
      case "project" -> List.of(PROJECTS);
      default -> List.of();
    };
  }
}
