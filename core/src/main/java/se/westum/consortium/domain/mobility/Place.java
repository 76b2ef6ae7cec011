package se.westum.consortium.domain.mobility;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * An organisation's location: the sending or receiving end of a mobility.
 *
 * @param organisation the organisation's name
 * @param city its city
 * @param country ISO 3166-1 alpha-2 code
 * @param coordinates where it is
 */
public record Place(String organisation, String city, String country, Coordinates coordinates) {

  // compiled once: a place is built twice per mobility read, imported or listed
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** Requires every part; texts of 1 to 200 characters. */
  public Place {
    organisation = Texts.required("organisation", organisation, 200);
    city = Texts.required("city", city, 200);
    country = Objects.requireNonNull(country, "country").strip().toUpperCase(Locale.ROOT);
    if (!COUNTRY.matcher(country).matches()) {
      throw ValidationException.of(
          "country", "invalid-country", "a country is a two-letter ISO code: '" + country + "'");
    }
    Objects.requireNonNull(coordinates, "coordinates");
  }
}
