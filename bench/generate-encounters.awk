# Writes N lines of past encounters in the import format (bench/run-fieldwork.sh):
#   awk -v n=1000000 -v prefix=B1M -f this.awk
# Deterministic (fixed seed); every value valid for a new team's default code lists; a few lines name a new area
# and place, as a real export would.
BEGIN {
  srand(20261122)
  if (prefix == "") prefix = "BENCH"
  print "date,time,arena,area,place,gender,age,count,themes,source_id"
  split("street street street school online gaming event office", arena, " ")
  split("Jernbanestasjonen Busstasjonen Torget Skateparken Kjøpesenteret Stranda", place, " ")
  split("boy girl gutt jente other unknown boy girl", gender, " ")
  split("12-15 16-18 >18 <12", band, " ")
  split("alcohol|alcohol;school|mental_health;friends||cannabis;crime||family", themes, "|")
  for (i = 1; i <= n; i++) {
    year = 2023 + int(rand() * 2)
    month = 1 + int(rand() * 12)
    day = 1 + int(rand() * 28)
    hour = int(rand() * 24)
    minute = int(rand() * 60)
    time = (i % 10 == 0) ? "" : sprintf("%02d:%02d", hour, minute)
    a = arena[1 + int(rand() * 8)]
    if (a == "online" || a == "gaming") {
      where = ","
    } else if (i % 50 == 0) {
      where = "Nordbyen,Ballplassen"
    } else {
      where = "Sentrum," place[1 + int(rand() * 6)]
    }
    age = (i % 2 == 0) ? 11 + int(rand() * 12) : band[1 + int(rand() * 4)]
    printf "%d-%02d-%02d,%s,%s,%s,%s,%s,%d,%s,%s-%07d\n", year, month, day, time, a, where,
      gender[1 + int(rand() * 8)], age, 1 + int(rand() * 5), themes[1 + int(rand() * 7)], prefix, i
  }
}
