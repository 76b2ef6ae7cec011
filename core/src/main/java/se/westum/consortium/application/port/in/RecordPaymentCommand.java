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
package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.westum.consortium.application.validation.SwedishOrganisationNumber;

/**
 * Record a payment against a member's fee for a year. Recording the same payment (member, year,
 * date, amount) again changes nothing.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link
 * se.westum.consortium.domain.shared.Limits}) are the records' own rules, so a value beyond one is
 * refused with the same code here as in an import.
 *
 * @param organisationNumber the paying member
 * @param year the fee year paid for, {@link se.westum.consortium.domain.shared.Limits#FIRST_YEAR}
 *     to {@link se.westum.consortium.domain.shared.Limits#LAST_YEAR}
 * @param paidOn the day of payment
 * @param amount the amount, more than zero, at most {@link
 *     se.westum.consortium.domain.shared.Limits#MONEY_INTEGER_DIGITS} digits and two decimals
 * @param currency ISO code; must match the fee's currency when a fee is set
 */
public record RecordPaymentCommand(
    @NotNull @SwedishOrganisationNumber String organisationNumber,
    @NotNull Integer year,
    @NotNull LocalDate paidOn,
    @NotNull BigDecimal amount,
    @NotNull @Pattern(regexp = "EUR|SEK|DKK|NOK", message = "must be EUR, SEK, DKK or NOK")
        String currency) {}
