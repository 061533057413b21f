"""The contract suite's runner: targets (built-in mock or live API), reports and live-mode safety."""
