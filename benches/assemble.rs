//! Benchmark: load the clause library, then assemble and render the largest example.
//!
//! `cargo bench --bench assemble` prints median and 95th percentile; the figures go into
//! BENCHMARKS.md. A benchmark, not a test: nothing here fails on a slow machine.

use std::hint::black_box;
use std::time::{Duration, Instant};

use avv::engine::{assemble, check, import::parse_json, markdown};

fn percentiles(mut samples: Vec<Duration>) -> (Duration, Duration) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95))
}

fn measure(iterations: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    for _ in 0..iterations / 10 {
        f();
    }
    let samples = (0..iterations)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    percentiles(samples)
}

fn main() {
    let library = avv::shipped::library().expect("the shipped library is valid");
    let mut examples: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
        .expect("examples/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let config =
                parse_json(&std::fs::read_to_string(&p).unwrap(), library.options()).unwrap();
            let size = assemble(&config, &library).document.markdown.len();
            (size, p, config)
        })
        .collect();
    examples.sort_by_key(|(size, ..)| *size);
    let (size, path, config) = examples.pop().expect("at least one example");
    println!(
        "largest example: {} ({size} bytes of Markdown)",
        path.display()
    );

    let (median, p95) = measure(50, || {
        black_box(avv::shipped::library().unwrap());
    });
    println!("load library          median {median:>10.2?}  p95 {p95:>10.2?}");
    let (median, p95) = measure(500, || {
        black_box(assemble(black_box(&config), &library));
    });
    println!("assemble              median {median:>10.2?}  p95 {p95:>10.2?}");
    let (median, p95) = measure(500, || {
        let out = assemble(black_box(&config), &library);
        black_box(markdown::to_html(&out.document.markdown));
    });
    println!("assemble + to_html    median {median:>10.2?}  p95 {p95:>10.2?}");
    let (median, p95) = measure(500, || {
        let out = assemble(black_box(&config), &library);
        black_box(check(&out));
    });
    println!("assemble + check      median {median:>10.2?}  p95 {p95:>10.2?}");
}
