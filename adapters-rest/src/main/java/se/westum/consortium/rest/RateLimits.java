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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How many failed authentications and how many writes a client may make per minute, counted both
 * per API key and per client address. Past a limit the API answers {@code 429} with {@code
 * Retry-After}. Each limit is a token bucket: it allows a burst of its size, then refills evenly
 * over the minute.
 *
 * <pre>{@code
 * RestApi.create(consortium, keys).rateLimits(RateLimits.perMinute(20, 600));
 * }</pre>
 */
public final class RateLimits {

  /** No limits: the default of {@link RestApi}, for hosts that limit in front of it. */
  public static final RateLimits NONE = new RateLimits(0, 0, System::nanoTime);

  /** The limits {@code consortium serve} starts with: 20 failed authentications, 600 writes. */
  public static final RateLimits DEFAULTS = perMinute(20, 600);

  // beyond this many tracked clients, buckets that are full again are forgotten
  private static final int MAX_TRACKED = 10_000;
  private static final long MINUTE_NANOS = 60_000_000_000L;

  private final int failedAuthentications;
  private final int writes;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private RateLimits(int failedAuthentications, int writes, LongSupplier nanoClock) {
    if (failedAuthentications < 0 || writes < 0) {
      throw new IllegalArgumentException("a rate limit is 0 (none) or more per minute");
    }
    this.failedAuthentications = failedAuthentications;
    this.writes = writes;
    this.nanoClock = nanoClock;
  }

  /**
   * Limits per minute, each per key and per client address; 0 turns a limit off.
   *
   * @param failedAuthentications requests with a missing or unknown key
   * @param writes requests that change records (every method but GET and HEAD)
   */
  public static RateLimits perMinute(int failedAuthentications, int writes) {
    return new RateLimits(failedAuthentications, writes, System::nanoTime);
  }

  /** The same limits read from a given clock, for tests. */
  RateLimits withClock(LongSupplier nanoClock) {
    return new RateLimits(failedAuthentications, writes, nanoClock);
  }

  /** A fresh copy with no history, for one server or mount. */
  RateLimits fresh() {
    return new RateLimits(failedAuthentications, writes, nanoClock);
  }

  /** The seconds to wait if {@code address} already failed too often; 0 when it may try. */
  long authenticationBlocked(String address) {
    return failedAuthentications == 0 ? 0 : peek("auth-address:" + address, failedAuthentications);
  }

  /** Counts a failed authentication; the seconds to wait when it was one too many, else 0. */
  long authenticationFailed(String address, String presentedKeyHash) {
    if (failedAuthentications == 0) {
      return 0;
    }
    long byAddress = take("auth-address:" + address, failedAuthentications);
    long byKey =
        presentedKeyHash == null ? 0 : take("auth-key:" + presentedKeyHash, failedAuthentications);
    return Math.max(byAddress, byKey);
  }

  /** Counts a write; the seconds to wait when it is one too many (then refused), else 0. */
  long write(String address, String keyHash) {
    if (writes == 0) {
      return 0;
    }
    return Math.max(take("write-address:" + address, writes), take("write-key:" + keyHash, writes));
  }

  private long take(String client, int perMinute) {
    forgetIdleIfCrowded();
    return buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now())).take(now());
  }

  private long peek(String client, int perMinute) {
    Bucket bucket = buckets.get(client);
    return bucket == null ? 0 : bucket.waitSeconds(now());
  }

  private long now() {
    return nanoClock.getAsLong();
  }

  private void forgetIdleIfCrowded() {
    if (buckets.size() >= MAX_TRACKED) {
      long now = now();
      buckets.values().removeIf(bucket -> bucket.isFull(now));
      if (buckets.size() >= MAX_TRACKED) {
        // a flood of distinct clients: start over rather than grow without bound
        buckets.clear();
      }
    }
  }

  @Override
  public String toString() {
    return "RateLimits[failedAuthentications="
        + failedAuthentications
        + "/min, writes="
        + writes
        + "/min]";
  }

  /** A token bucket of {@code size} tokens refilled over a minute. */
  private static final class Bucket {
    private final int size;
    private final long nanosPerToken;
    private double tokens;
    private long updated;

    Bucket(int size, long now) {
      this.size = size;
      this.nanosPerToken = Math.max(1, MINUTE_NANOS / size);
      this.tokens = size;
      this.updated = now;
    }

    synchronized long take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return waitSeconds(now);
    }

    synchronized long waitSeconds(long now) {
      refill(now);
      if (tokens >= 1) {
        return 0;
      }
      long nanos = (long) ((1 - tokens) * nanosPerToken);
      return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= size;
    }

    private void refill(long now) {
      long elapsed = now - updated;
      if (elapsed > 0) {
        tokens = Math.min(size, tokens + (double) elapsed / nanosPerToken);
        updated = now;
      }
    }
  }
}
