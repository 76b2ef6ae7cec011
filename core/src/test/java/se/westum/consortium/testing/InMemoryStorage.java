package se.westum.consortium.testing;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import se.westum.consortium.application.port.out.AnnualFees;
import se.westum.consortium.application.port.out.Members;
import se.westum.consortium.application.port.out.Payments;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Page;
import se.westum.consortium.domain.shared.PageRequest;

/**
 * In-memory storage for testing the core and the inbound adapters. It passes the same {@link
 * StorageContract} as the JDBC adapter. Transactions take one lock and restore a snapshot when the
 * work throws.
 */
public final class InMemoryStorage implements Storage {

  private static final Comparator<Payment> PAYMENT_ORDER =
      Comparator.comparing(Payment::member)
          .thenComparing(Payment::year)
          .thenComparing(Payment::paidOn)
          .thenComparing(p -> p.amount().amount());

  private final ReentrantLock lock = new ReentrantLock();
  private TreeMap<OrganisationNumber, Member> members = new TreeMap<>();
  private TreeMap<String, AnnualFee> fees = new TreeMap<>();
  private TreeSet<Payment> payments = new TreeSet<>(PAYMENT_ORDER);

  private final Members memberPort = new MemoryMembers();
  private final AnnualFees feePort = new MemoryFees();
  private final Payments paymentPort = new MemoryPayments();
  private final Transactions transactionPort = new MemoryTransactions();

  @Override
  public Members members() {
    return memberPort;
  }

  @Override
  public AnnualFees annualFees() {
    return feePort;
  }

  @Override
  public Payments payments() {
    return paymentPort;
  }

  @Override
  public Transactions transactions() {
    return transactionPort;
  }

  private <T> T locked(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  private static String feeKey(OrganisationNumber member, Year year) {
    return member.value() + "/" + year;
  }

  private final class MemoryTransactions implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      lock.lock();
      try {
        if (lock.getHoldCount() > 1) {
          return work.get(); // joins the running transaction
        }
        var memberSnapshot = new TreeMap<>(members);
        var feeSnapshot = new TreeMap<>(fees);
        var paymentSnapshot = new TreeSet<>(payments);
        try {
          return work.get();
        } catch (RuntimeException | Error e) {
          members = memberSnapshot;
          fees = feeSnapshot;
          payments = paymentSnapshot;
          throw e;
        }
      } finally {
        lock.unlock();
      }
    }
  }

  private final class MemoryMembers implements Members {
    @Override
    public Optional<Member> find(OrganisationNumber organisationNumber) {
      return locked(() -> Optional.ofNullable(members.get(organisationNumber)));
    }

    @Override
    public Page<Member> list(PageRequest request) {
      return locked(() -> Page.of(new ArrayList<>(members.values()), request));
    }

    @Override
    public Stream<Member> stream() {
      return locked(() -> List.copyOf(members.values())).stream();
    }

    @Override
    public Member add(Member member) {
      return locked(
          () -> {
            if (members.containsKey(member.organisationNumber())) {
              throw new ConflictException(
                  "duplicate-member",
                  "member " + member.organisationNumber() + " is already registered");
            }
            Member stored = member.withVersion(1);
            members.put(stored.organisationNumber(), stored);
            return stored;
          });
    }

    @Override
    public Member update(Member member) {
      return locked(
          () -> {
            Member current = members.get(member.organisationNumber());
            if (current == null) {
              throw new NotFoundException("member", member.organisationNumber().value());
            }
            if (current.version() != member.version()) {
              throw ConflictException.staleVersion(
                  "member", member.organisationNumber().value(), member.version());
            }
            Member stored = member.withVersion(member.version() + 1);
            members.put(stored.organisationNumber(), stored);
            return stored;
          });
    }

    @Override
    public int saveAll(Collection<Member> batch) {
      return locked(
          () -> {
            int added = 0;
            for (Member member : batch) {
              Member current = members.get(member.organisationNumber());
              if (current == null) {
                added++;
              }
              long version = current == null ? 1 : current.version() + 1;
              members.put(member.organisationNumber(), member.withVersion(version));
            }
            return added;
          });
    }
  }

  private final class MemoryFees implements AnnualFees {
    @Override
    public Optional<AnnualFee> find(OrganisationNumber member, Year year) {
      return locked(() -> Optional.ofNullable(fees.get(feeKey(member, year))));
    }

    @Override
    public void put(AnnualFee fee) {
      putAll(List.of(fee));
    }

    @Override
    public void putAll(Collection<AnnualFee> batch) {
      locked(
          () -> {
            for (AnnualFee fee : batch) {
              requireMember(fee.member());
              fees.put(feeKey(fee.member(), fee.year()), fee);
            }
            return null;
          });
    }

    @Override
    public List<AnnualFee> ofYear(Year year) {
      return locked(() -> fees.values().stream().filter(f -> f.year().equals(year)).toList());
    }

    @Override
    public List<AnnualFee> ofMember(OrganisationNumber member) {
      return locked(() -> fees.values().stream().filter(f -> f.member().equals(member)).toList());
    }

    @Override
    public Stream<AnnualFee> stream() {
      return locked(() -> List.copyOf(fees.values())).stream();
    }
  }

  private final class MemoryPayments implements Payments {
    @Override
    public boolean record(Payment payment) {
      return recordAll(List.of(payment)) == 1;
    }

    @Override
    public int recordAll(Collection<Payment> batch) {
      return locked(
          () -> {
            int added = 0;
            for (Payment payment : batch) {
              requireMember(payment.member());
              if (payments.add(payment)) {
                added++;
              }
            }
            return added;
          });
    }

    @Override
    public List<Payment> ofYear(Year year) {
      return locked(() -> payments.stream().filter(p -> p.year().equals(year)).toList());
    }

    @Override
    public List<Payment> ofMember(OrganisationNumber member) {
      return locked(() -> payments.stream().filter(p -> p.member().equals(member)).toList());
    }

    @Override
    public Stream<Payment> stream() {
      return locked(() -> List.copyOf(payments)).stream();
    }
  }

  // like a foreign key: fees and payments belong to a stored member
  private void requireMember(OrganisationNumber member) {
    if (!members.containsKey(member)) {
      throw new NotFoundException("member", member.value());
    }
  }

  /** The number of members held; for tests that check nothing was written. */
  public int memberCount() {
    return locked(() -> members.size());
  }
}
