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
package se.westum.consortium.domain.membership;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.internal.ReferenceData;

/**
 * The 290 Swedish municipalities and 21 counties, shipped as reference data with the library
 * (source and licence in {@code se/westum/consortium/reference/README.md}). Immutable; loaded once.
 */
public final class MunicipalityRegister {

  /** Reference data that contradicts itself (a municipality of an unknown county). */
  public static final String INVALID_REFERENCE_DATA = "invalid-reference-data";

  private final Map<MunicipalityCode, Municipality> municipalities;
  private final Map<CountyCode, County> counties;
  private final Map<CountyCode, List<Municipality>> byCounty;

  private MunicipalityRegister(List<Municipality> municipalities, List<County> counties) {
    this.municipalities = index(municipalities, Municipality::code);
    this.counties = index(counties, County::code);
    this.byCounty =
        municipalities.stream()
            .collect(
                Collectors.groupingBy(
                    Municipality::county,
                    LinkedHashMap::new,
                    Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
  }

  /** The register of Sweden, read from the bundled reference data on first use. */
  public static MunicipalityRegister sweden() {
    return Holder.SWEDEN;
  }

  /** The municipality with this code, if it exists. */
  public Optional<Municipality> municipality(MunicipalityCode code) {
    return Optional.ofNullable(municipalities.get(code));
  }

  /** True when a municipality has this code. */
  public boolean contains(MunicipalityCode code) {
    return municipalities.containsKey(code);
  }

  /** The county with this code, if it exists. */
  public Optional<County> county(CountyCode code) {
    return Optional.ofNullable(counties.get(code));
  }

  /** Every municipality, ordered by code. */
  public Collection<Municipality> municipalities() {
    return municipalities.values();
  }

  /** Every county, ordered by code. */
  public Collection<County> counties() {
    return counties.values();
  }

  /** The municipalities of a county, ordered by code; empty for an unknown county. */
  public List<Municipality> inCounty(CountyCode county) {
    return byCounty.getOrDefault(county, List.of());
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> map = new LinkedHashMap<>();
    for (V value : values) {
      if (map.put(key.apply(value), value) != null) {
        throw new IllegalStateException("duplicate reference data key " + key.apply(value));
      }
    }
    return Collections.unmodifiableMap(map);
  }

  private static final class Holder {
    static final MunicipalityRegister SWEDEN = load();

    private static MunicipalityRegister load() {
      List<County> counties =
          ReferenceData.rows("se-counties.csv", 3).stream()
              .map(r -> new County(new CountyCode(r[0]), r[1], r[2]))
              .toList();
      List<Municipality> municipalities =
          ReferenceData.rows("se-municipalities.csv", 3).stream()
              .map(r -> new Municipality(new MunicipalityCode(r[0]), r[1]))
              .toList();
      MunicipalityRegister register = new MunicipalityRegister(municipalities, counties);
      for (Municipality m : municipalities) {
        if (register.county(m.county()).isEmpty()) {
          throw new DomainException(
              INVALID_REFERENCE_DATA, "municipality " + m.code() + " has an unknown county");
        }
      }
      return register;
    }
  }
}
