package se.westum.consortium.domain.shared;

/**
 * Which slice of a long list to return.
 *
 * @param page zero-based page number
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

  /** A page number below zero. */
  public static final String PAGE_NEGATIVE = "page-negative";

  /** A page size out of range. */
  public static final String SIZE_OUT_OF_RANGE = "size-out-of-range";

  /** The largest page a caller may ask for. */
  public static final int MAX_SIZE = 500;

  /** Rejects negative pages and sizes outside 1..{@value #MAX_SIZE}. */
  public PageRequest {
    if (page < 0) {
      throw ValidationException.of("page", PAGE_NEGATIVE, "page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ValidationException.of("size", SIZE_OUT_OF_RANGE, "size must be 1 to " + MAX_SIZE);
    }
  }

  /** The first page of the given size. */
  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  /** The index of the first item of this page. */
  public long offset() {
    return (long) page * size;
  }
}
