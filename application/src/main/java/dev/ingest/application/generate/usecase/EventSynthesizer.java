package dev.ingest.application.generate.usecase;

import dev.ingest.application.generate.port.in.EventMix;
import dev.ingest.application.generate.port.out.CatalogueProduct;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.domain.event.EventType;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/** Makes one valid event record: a fresh UUIDv7, a user from the pool, a catalogue product at a price in its range. */
final class EventSynthesizer {

    private final List<CatalogueProduct> products;
    private final UserPool users;
    private final EventMix mix;
    private final RandomGenerator random;
    private final TimestampFormatter timestamps = new TimestampFormatter();

    EventSynthesizer(List<CatalogueProduct> products, UserPool users, EventMix mix, RandomGenerator random) {
        if (products.isEmpty()) {
            throw new IllegalArgumentException("the product catalogue is empty");
        }
        this.products = List.copyOf(products);
        this.users = users;
        this.mix = mix;
        this.random = random;
    }

    GeneratedRecord next(Instant time) {
        CatalogueProduct product = products.get(random.nextInt(products.size()));
        long cents = product.minPriceCents()
                + random.nextLong(product.maxPriceCents() - product.minPriceCents() + 1);
        return GeneratedRecord.of(
                UuidV7.at(time.toEpochMilli(), random).toString(),
                users.draw(random),
                product.productId(),
                product.name(),
                product.category(),
                priceText(cents),
                eventType().code(),
                timestamps.format(time));
    }

    /** Always a dot and two decimals, whatever the default locale. */
    static String priceText(long cents) {
        long fraction = cents % 100;
        return cents / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }

    private EventType eventType() {
        double draw = random.nextDouble();
        if (draw < mix.view()) {
            return EventType.VIEW;
        }
        return draw < mix.view() + mix.addToCart() ? EventType.ADD_TO_CART : EventType.PURCHASE;
    }
}
