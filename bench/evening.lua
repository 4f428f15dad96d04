-- wrk script for bench/run-capacity.sh: what a team does in an evening, spread over signed-in sessions.
-- Arguments: the sessions file, one line per session: "kind cookie token" where kind is worker or leader and cookie
-- is "NAME=value"; the youths file (one youth id per line, youths the workers may open); the date for encounters;
-- the number of wrk threads.
-- Each worker session cycles through: home page, log an anonymous encounter, the encounter list, home page, open a
-- youth (one access-log row each), the encounter list, home page, log an encounter, open a youth, home page; every
-- 20th request is instead a leader's annual report page (GET /statistics/annual) from a leader session.
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  workers, leaders, youths = {}, {}, {}
  for line in io.lines(args[1]) do
    local kind, cookie, token = line:match("^(%S+)%s+(%S+)%s+(%S+)$")
    if kind == "leader" then
      leaders[#leaders + 1] = { cookie = cookie, token = token }
    elseif kind == "worker" then
      workers[#workers + 1] = { cookie = cookie, token = token }
    end
  end
  for line in io.lines(args[2]) do
    if #line > 0 then youths[#youths + 1] = line end
  end
  date = args[3]
  n = offset * 7919
  body = "date=" .. date .. "&time=21%3A00&arena=street&counts%5BBOY%3A12-15%5D=2&counts%5BGIRL%3A16-18%5D=1"
      .. "&themes=alcohol&themes=friends&note="
  cycle = { "home", "encounter", "list", "home", "youth", "list", "home", "encounter", "youth", "home" }
end

function request()
  n = n + 1
  if n % 20 == 0 then
    local l = leaders[math.floor(n / 20) % #leaders + 1]
    return wrk.format("GET", "/statistics/annual", { ["Cookie"] = l.cookie })
  end
  local s = workers[math.floor(n / #cycle) % #workers + 1]
  local what = cycle[n % #cycle + 1]
  if what == "home" then
    return wrk.format("GET", "/", { ["Cookie"] = s.cookie })
  elseif what == "list" then
    return wrk.format("GET", "/fieldwork/encounters", { ["Cookie"] = s.cookie })
  elseif what == "youth" then
    return wrk.format("GET", "/youth/" .. youths[n % #youths + 1], { ["Cookie"] = s.cookie })
  end
  return wrk.format("POST", "/fieldwork/encounters/new", {
    ["Cookie"] = s.cookie,
    ["X-CSRF-TOKEN"] = s.token,
    ["Content-Type"] = "application/x-www-form-urlencoded"
  }, body)
end
