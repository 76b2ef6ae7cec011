package se.westum.consortium.domain.governance;

import java.util.Locale;
import java.util.Objects;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * How many people of one organisation took part in an event.
 *
 * @param organisation the organisation's name
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param count participants, 1 or more
 */
public record OrganisationParticipants(String organisation, String country, int count) {

  /** An organisation name that is blank or too long. */
  public static final String INVALID_ORGANISATION = "invalid-organisation";

  /** A country that is not a two-letter ISO code. */
  public static final String INVALID_COUNTRY = "invalid-country";

  /** A count of participants out of range. */
  public static final String INVALID_COUNT = "invalid-count";

  /** Requires a name, a two-letter country and a positive count. */
  public OrganisationParticipants {
    organisation = Objects.requireNonNull(organisation, "organisation").strip();
    if (organisation.isEmpty() || organisation.length() > 200) {
      throw ValidationException.of(
          "organisation", INVALID_ORGANISATION, "an organisation has 1 to 200 characters");
    }
    country = Objects.requireNonNull(country, "country").strip().toUpperCase(Locale.ROOT);
    if (!country.matches("[A-Z]{2}")) {
      throw ValidationException.of(
          "country", INVALID_COUNTRY, "a country is a two-letter ISO code: '" + country + "'");
    }
    if (count < 1) {
      throw ValidationException.of("count", INVALID_COUNT, "a count of participants is 1 or more");
    }
  }
}
