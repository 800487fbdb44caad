package dev.ingest.adapter.csv;

import dev.ingest.application.generate.port.out.CatalogueProduct;
import dev.ingest.application.generate.port.out.ProductCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import net.datafaker.Faker;

/**
 * A catalogue of 48 products in six categories, named with Datafaker. Its Faker has a fixed seed, so every run and
 * every generator sells the same products under the same ids, names and price ranges.
 */
public final class DatafakerProductCatalogue implements ProductCatalogue {

    private static final long CATALOGUE_SEED = 20_240_601L;
    private static final int LIMITED_EDITION = 3;

    private final List<CatalogueProduct> products;

    public DatafakerProductCatalogue() {
        Faker faker = new Faker(Locale.ENGLISH, new Random(CATALOGUE_SEED));
        Random prices = new Random(CATALOGUE_SEED);
        List<CatalogueProduct> all = new ArrayList<>();
        for (Category category : categories()) {
            for (int i = 0; i < category.kinds().size(); i++) {
                String name = capitalized(category.namer().apply(faker).strip()) + " " + category.kinds().get(i);
                if (i == LIMITED_EDITION) {
                    name += ", \"Limited\" Edition";
                }
                long min = category.minCents() + prices.nextInt((int) (category.maxCents() - category.minCents()) / 2);
                long max = min + 1 + prices.nextInt((int) Math.max(1, min));
                all.add(new CatalogueProduct(String.format("%s-%03d", category.code(), i + 1), name,
                        category.name(), min, max));
            }
        }
        products = List.copyOf(all);
    }

    @Override
    public List<CatalogueProduct> products() {
        return products;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private record Category(String code, String name, long minCents, long maxCents, Function<Faker, String> namer,
            List<String> kinds) {
    }

    private static List<Category> categories() {
        return List.of(
                new Category("ELEC", "Electronics", 1_999, 149_999, f -> f.commerce().brand(), List.of(
                        "Wireless Headphones", "Bluetooth Speaker", "4K Monitor", "Smartwatch", "USB-C Hub",
                        "Mechanical Keyboard", "Webcam", "Portable Charger")),
                new Category("CLOT", "Clothing", 999, 24_999, f -> f.color().name(), List.of(
                        "T-Shirt", "Hoodie", "Slim Jeans", "Rain Jacket", "Sneakers", "Wool Scarf", "Summer Dress",
                        "Running Socks")),
                new Category("HOME", "Home & Kitchen", 799, 39_999, f -> f.commerce().material(), List.of(
                        "Frying Pan", "Chef's Knife", "Cutting Board", "Coffee Maker", "Blender", "Table Lamp",
                        "Throw Pillow", "Kettle")),
                new Category("BOOK", "Books", 499, 7_999, f -> f.book().title() + ":", List.of(
                        "Paperback", "Hardcover", "Illustrated Edition", "Box Set", "Audiobook", "Pocket Edition",
                        "Collector's Edition", "Large Print")),
                new Category("SPRT", "Sports", 999, 59_999, f -> f.commerce().brand(), List.of(
                        "Yoga Mat", "Running Shoes", "Dumbbell Set", "Tennis Racket", "Cycling Helmet",
                        "Water Bottle", "Jump Rope", "Football")),
                new Category("BEAU", "Beauty", 299, 14_999, f -> f.commerce().vendor(), List.of(
                        "Face Serum", "Lip Balm", "Hair Oil", "Sunscreen SPF 50", "Night Cream", "Shampoo",
                        "Eau de Parfum", "Nail Polish")));
    }
}
