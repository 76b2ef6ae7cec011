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
package se.westum.consortium.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;

/**
 * The one Jackson configuration of the REST adapter, built once: strict about input (unknown
 * properties, trailing tokens, numbers for enums and fractions for integers are errors), ISO dates.
 * A problem handler collects every unknown property and every value of the wrong type of a body,
 * instead of stopping at the first, so one answer can list them all.
 */
final class Json {

  /** The most digits a number in a body may have, and the deepest nesting of a body. */
  static final int MAX_NUMBER_LENGTH = 100;

  static final int MAX_NESTING_DEPTH = 32;

  /**
   * The largest decimal exponent or scale a decimal in a body may have: far beyond any amount the
   * domain accepts (whose own limits then say precisely what fits), and small enough that no
   * arithmetic on it can exhaust memory, as {@code 1E+2147483647} would.
   */
  static final int MAX_DECIMAL_DIGITS = 40;

  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNumberLength(MAX_NUMBER_LENGTH)
                          .maxNestingDepth(MAX_NESTING_DEPTH)
                          .build())
                  .build())
          .addModule(new JavaTimeModule())
          .addModule(
              new SimpleModule("bounded-decimals")
                  .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer()))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .addHandler(new CollectingProblemHandler())
          .build();

  static final ObjectWriter WRITER = MAPPER.writer();

  private Json() {}

  /** A reader for request bodies of this type; build once per type and reuse. */
  static ObjectReader readerFor(Class<?> type) {
    return MAPPER.readerFor(type);
  }

  /**
   * The body problems of one read. Passed to the (shared, immutable) reader as a per-call
   * attribute, so concurrent requests never share one.
   */
  static final class BodyProblems {

    private final List<FieldError> errors = new ArrayList<>();
    private int more;

    void add(String field, String code, String message) {
      if (errors.size() < Problems.MAX_LISTED) {
        errors.add(new FieldError(field, code, message));
      } else {
        more++;
      }
    }

    boolean isEmpty() {
      return errors.isEmpty();
    }

    /**
     * The failure of the problems found, which must not be empty: a validation failure listing
     * them; past {@link Problems#MAX_LISTED} problems, the first ones and how many more.
     */
    RuntimeException failure() {
      ValidationException listed = new ValidationException(errors);
      return more == 0 ? listed : new InvalidBodyException(listed, more);
    }
  }

  /** The field a parser is at, as {@code amount}, {@code coveredMunicipalities[1]}, ... */
  static String fieldAt(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if (context != null
        && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && !context.inRoot()) {
      // at the start of a container the parser has already entered it; the field is its parent's
      context = context.getParent();
    }
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.addFirst("." + c.getCurrentName());
      }
    }
    return pathText(parts);
  }

  /** The field a mapping exception refers to, in the same notation as {@link #fieldAt}. */
  static String fieldOf(JsonMappingException e) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        parts.addLast("." + ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        parts.addLast("[" + ref.getIndex() + "]");
      }
    }
    return pathText(parts);
  }

  private static String pathText(Collection<String> parts) {
    String path = String.join("", parts);
    if (path.isEmpty()) {
      return "body";
    }
    return path.startsWith(".") ? path.substring(1) : path;
  }

  /** What a value of {@code type} must look like, in words a client can act on. */
  static String expectation(Class<?> type) {
    if (type == null) {
      return "has the wrong type";
    }
    if (type == LocalDate.class) {
      return "must be a date written yyyy-MM-dd";
    }
    if (type.isEnum()) {
      return "must be one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (type == BigDecimal.class) {
      return "must be a decimal number with at most two decimals, for example \"12500.00\"";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == BigInteger.class) {
      return "must be a whole number";
    }
    if (type == String.class) {
      return "must be a string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be an array";
    }
    if (type.isRecord()) {
      return "must be a JSON object";
    }
    return "has the wrong type";
  }

  /**
   * Reads decimals as Jackson does, then refuses one with an absurd exponent or scale (more than
   * {@link #MAX_DECIMAL_DIGITS} digits before or after the point) as a value of the wrong kind.
   */
  private static final class BoundedDecimalDeserializer
      extends NumberDeserializers.BigDecimalDeserializer {

    private static final long serialVersionUID = 1L;

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal value = super.deserialize(p, ctxt);
      if (value == null
          || (value.scale() <= MAX_DECIMAL_DIGITS
              && (long) value.precision() - value.scale() <= MAX_DECIMAL_DIGITS)) {
        return value;
      }
      String message =
          "must be a decimal number with at most "
              + MAX_DECIMAL_DIGITS
              + " digits before and after the point";
      BodyProblems problems =
          ctxt.getAttribute(BodyProblems.class) instanceof BodyProblems found ? found : null;
      if (problems == null) {
        throw InvalidFormatException.from(p, message, null, BigDecimal.class);
      }
      problems.add(fieldAt(p), "invalid-value", message);
      return null;
    }
  }

  /**
   * Records unknown properties and values of the wrong type in the read's {@link BodyProblems} and
   * carries on (with the value {@code null}), so one read finds every such problem. Without a
   * {@link BodyProblems} attribute it leaves Jackson's own failure in place.
   */
  private static final class CollectingProblemHandler extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      BodyProblems problems = problems(ctxt);
      if (problems == null) {
        return false;
      }
      problems.add(fieldAt(p), "unknown-property", "is not a property of this resource");
      p.skipChildren();
      return true;
    }

    @Override
    public Object handleWeirdStringValue(
        DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
      return wrongType(ctxt, targetType);
    }

    @Override
    public Object handleWeirdNumberValue(
        DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
      return wrongType(ctxt, targetType);
    }

    @Override
    public Object handleUnexpectedToken(
        DeserializationContext ctxt,
        JavaType targetType,
        JsonToken token,
        JsonParser p,
        String failureMsg)
        throws IOException {
      BodyProblems problems = problems(ctxt);
      if (problems == null) {
        return NOT_HANDLED;
      }
      problems.add(fieldAt(p), "invalid-value", expectation(targetType.getRawClass()));
      p.skipChildren();
      return null;
    }

    @Override
    public Object handleMissingInstantiator(
        DeserializationContext ctxt,
        Class<?> instClass,
        ValueInstantiator instantiator,
        JsonParser p,
        String failureMsg)
        throws IOException {
      // for example a string where a list belongs
      BodyProblems problems = problems(ctxt);
      if (problems == null) {
        return NOT_HANDLED;
      }
      problems.add(fieldAt(p), "invalid-value", expectation(instClass));
      p.skipChildren();
      return null;
    }

    private static Object wrongType(DeserializationContext ctxt, Class<?> targetType) {
      BodyProblems problems = problems(ctxt);
      if (problems == null || targetType.isPrimitive()) {
        return NOT_HANDLED;
      }
      problems.add(fieldAt(ctxt.getParser()), "invalid-value", expectation(targetType));
      return null;
    }

    private static BodyProblems problems(DeserializationContext ctxt) {
      return ctxt.getAttribute(BodyProblems.class) instanceof BodyProblems problems
          ? problems
          : null;
    }
  }
}
