package se.westum.consortium.examples;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --format} of the figures commands: text for people, JSON for programs. */
enum OutputFormat {
  TEXT,
  JSON;

  /** Converts {@code text} or {@code json}, in any case; anything else is a usage error. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown format '" + value + "': use text or json");
      }
    }
  }
}
