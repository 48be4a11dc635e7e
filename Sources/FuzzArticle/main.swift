import FuzzDriver

FuzzDriver.run(.article)
