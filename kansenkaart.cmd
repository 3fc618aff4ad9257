@echo off
rem Start de Kansenkaart-werkbank (zonder argumenten) of de opdrachtregel (kansenkaart --help).
rem Bouwt eerst met Maven wanneer de jar ontbreekt of ouder is dan een pom.xml of bronbestand.
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%app\target\kansenkaart.jar"
set "LIB=%ROOT%app\target\lib"

set "BUILD=0"
if not exist "%JAR%" set "BUILD=1"
if not exist "%LIB%\" set "BUILD=1"
if "%BUILD%"=="0" (
  powershell -NoProfile -NonInteractive -Command ^
    "$j = (Get-Item -LiteralPath $env:JAR).LastWriteTimeUtc;" ^
    "$f = @(Get-ChildItem -Path (Join-Path $env:ROOT 'pom.xml') -File) + @(Get-ChildItem -Path (Join-Path $env:ROOT '*\pom.xml') -File) + @(Get-ChildItem -Path (Join-Path $env:ROOT '*\src\main') -Recurse -File);" ^
    "if ($f | Where-Object { $_.LastWriteTimeUtc -gt $j } | Select-Object -First 1) { exit 1 } else { exit 0 }"
  if errorlevel 1 set "BUILD=1"
)

if "%BUILD%"=="1" (
  where mvn >nul 2>nul
  if errorlevel 1 (
    echo kansenkaart: Maven ^(mvn^) is nodig om de werkbank te bouwen, maar staat niet op het PATH. 1>&2
    exit /b 1
  )
  echo kansenkaart: eerst bouwen ^(mvn -B -q -DskipTests package^), dat kan even duren... 1>&2
  pushd "%ROOT%"
  call mvn -B -q -DskipTests package 1>&2
  if errorlevel 1 (
    popd
    echo kansenkaart: het bouwen is mislukt; zie de meldingen hierboven. 1>&2
    exit /b 1
  )
  popd
  rem Maven leaves an up-to-date jar untouched; mark it current so the check stays quiet.
  powershell -NoProfile -NonInteractive -Command "(Get-Item -LiteralPath $env:JAR).LastWriteTimeUtc = (Get-Date).ToUniversalTime()"
)

where java >nul 2>nul
if errorlevel 1 (
  echo kansenkaart: Java 17 of nieuwer is nodig, maar 'java' staat niet op het PATH. 1>&2
  exit /b 1
)

rem Benchmarks run with the parallel collector (G1 young collections over a large snapshot cost as much as the analysis).
set JVM_OPTS=
if "%~1"=="bench" set JVM_OPTS=-XX:+UseParallelGC
if "%~1"=="bench" if "%~2"=="export" set JVM_OPTS=-XX:+UseParallelGC -Xmx512m
if "%~1"=="bench" if "%~2"=="import" set JVM_OPTS=-XX:+UseParallelGC -Xmx512m
if "%~1"=="bench" if "%~2"=="national" set JVM_OPTS=-XX:+UseParallelGC -Xmx2g
java %JVM_OPTS% -cp "%JAR%;%LIB%\*" nl.kansenkaart.app.Main %*
exit /b %ERRORLEVEL%
