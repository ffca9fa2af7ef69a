"""The precis Python package: the C++ engine through pybind11.

Builds offline from the source tree with Debian's setuptools and pybind11:

    python3 -m venv --system-site-packages .venv
    .venv/bin/pip install --no-build-isolation --no-index .

The extension is built by CMake (the core's own build, with
PRECIS_BUILD_PYTHON=ON) in build-python/ beside this file, so a second
install only rebuilds what changed. PRECIS_PYTHON_BUILD_DIR names another
folder.
"""
import glob
import os
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build_dir = os.environ.get("PRECIS_PYTHON_BUILD_DIR", os.path.join(HERE, "build-python"))
        configure = [
            "cmake", "-S", HERE, "-B", build_dir,
            "-DCMAKE_BUILD_TYPE=Release",
            "-DPRECIS_BUILD_PYTHON=ON",
            "-DPRECIS_BUILD_TESTS=OFF",
            "-DPRECIS_BUILD_TOOLS=OFF",
            "-DPRECIS_BUILD_QUALITY=OFF",
            "-DCMAKE_POSITION_INDEPENDENT_CODE=ON",
            f"-DPYTHON_EXECUTABLE={sys.executable}",
        ]
        if shutil.which("ccache"):
            configure += ["-DCMAKE_CXX_COMPILER_LAUNCHER=ccache", "-DCMAKE_C_COMPILER_LAUNCHER=ccache"]
        jobs = os.environ.get("PRECIS_BUILD_JOBS", str(os.cpu_count() or 1))
        subprocess.run(configure, check=True)
        subprocess.run(["cmake", "--build", build_dir, "--target", "precis_python", "-j", jobs],
                       check=True)
        built = glob.glob(os.path.join(build_dir, "python", "_precis*.so"))
        if len(built) != 1:
            raise RuntimeError(f"expected one built module in {build_dir}/python, found {built}")
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(built[0], target)


setup(
    name="precis",
    version="0.1.0",
    description="Extractive summaries, keywords and key facts for articles (C++ engine)",
    license="MIT",
    python_requires=">=3.9",
    package_dir={"": "python"},
    packages=["precis"],
    package_data={"precis": ["py.typed", "*.pyi"]},
    ext_modules=[Extension("precis._precis", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    # Not build/, the CMake build of the native tools.
    options={"build": {"build_base": os.path.join("build-python", "setuptools")}},
    zip_safe=False,
)
