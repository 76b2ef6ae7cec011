package se.westum.consortium.examples;

import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.westum.consortium.csv.CsvDialect;

/** The {@code --dialect} values: converts them, and lists them for help and completion. */
final class Dialects implements ITypeConverter<CsvDialect>, Iterable<String> {

  /** The dialect Swedish Excel writes, as the office keeps its files. */
  static final String DEFAULT = "excel-sv";

  @Override
  public CsvDialect convert(String value) {
    try {
      return CsvDialect.fromName(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(CsvDialect.values()).map(CsvDialect::cliName).iterator();
  }
}
