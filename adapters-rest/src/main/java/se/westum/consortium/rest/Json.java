package se.westum.consortium.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
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
import com.fasterxml.jackson.databind.json.JsonMapper;
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

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
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

    void add(String field, String code, String message) {
      errors.add(new FieldError(field, code, message));
    }

    List<FieldError> errors() {
      return List.copyOf(errors);
    }

    boolean isEmpty() {
      return errors.isEmpty();
    }

    /** Throws a validation failure listing every problem, if there is one. */
    void throwIfAny() {
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
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
