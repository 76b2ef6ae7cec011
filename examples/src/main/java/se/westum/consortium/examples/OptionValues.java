/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
package se.westum.consortium.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values a person can read about: a bad value is named with its option and what it should
 * look like ({@code --at 2016-13-31: not a date (yyyy-MM-dd)}), never with a Java class name, and a
 * usage error prints one line and where to find help instead of the whole help page.
 */
final class OptionValues {

  private OptionValues() {}

  /** Registers the converters and the usage-error handler on {@code commandLine}. */
  static CommandLine configure(CommandLine commandLine) {
    ITypeConverter<Integer> wholeNumber = OptionValues::wholeNumber;
    return commandLine
        .registerConverter(LocalDate.class, OptionValues::date)
        .registerConverter(Integer.class, wholeNumber)
        .registerConverter(Integer.TYPE, wholeNumber)
        .setParameterExceptionHandler(new Handler());
  }

  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("not a date (yyyy-MM-dd)");
    }
  }

  static Integer wholeNumber(String value) {
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("not a whole number");
    }
  }

  /** The words for a usage error: for a value that did not convert, option, value and why. */
  static String words(ParameterException e) {
    ArgSpec arg = e.getArgSpec();
    if (e.getCause() != null && arg instanceof OptionSpec option && e.getValue() != null) {
      String why =
          e.getCause() instanceof TypeConversionException conversion
              ? conversion.getMessage()
              : "not a valid value";
      return option.longestName() + " " + e.getValue() + ": " + why;
    }
    return e.getMessage();
  }

  /** One line and a pointer to the help; the whole usage only when no command was given. */
  private static final class Handler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine commandLine = e.getCommandLine();
      PrintWriter err = commandLine.getErr();
      err.println(words(e));
      if (commandLine.getParent() == null && commandLine.getParseResult().subcommand() == null) {
        commandLine.usage(err);
      } else {
        err.println(
            "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the options.");
      }
      err.flush();
      return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }
  }
}
